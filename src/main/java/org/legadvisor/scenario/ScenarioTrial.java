package org.legadvisor.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.engine.RuleBase;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.engine.RuleSources;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.knowledge.KnowledgeBaseException;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * Tries an edited rule base before it serves: every bundled example ({@code examples/} of the knowledge base) and
 * every rule scenario ({@code scenarios/} of the rules folder) must pass on it, as {@code leg-advisor test} would
 * check, under the rule base's session limits. Each failure is a reason to keep the rules serving now.
 */
public final class ScenarioTrial {

	private final KnowledgeBase knowledge;

	private final Questionnaire questionnaire;

	public ScenarioTrial(KnowledgeBase knowledge, Questionnaire questionnaire) {
		this.knowledge = knowledge;
		this.questionnaire = questionnaire;
	}

	/**
	 * One problem per scenario that fails on the candidate (a session stopped by a limit included). With
	 * {@code acceptLoss}, expectations naming a finding that no rule of the candidate concludes are dropped first: the
	 * rules that concluded it were removed on purpose. Every scenario still runs, and the rest of it must hold.
	 */
	public List<RuleProblem> tryOut(RuleSources sources, RuleBase candidate, boolean acceptLoss) {
		Path examples = knowledge.folder().resolve("examples");
		Path scenarios = sources.folder().resolve("scenarios");
		List<Scenario> all = new ArrayList<>();
		try {
			ScenarioLoader loader = new ScenarioLoader(examples);
			for (Path folder : Stream.of(examples, scenarios).filter(Files::isDirectory).toList()) {
				all.addAll(loader.load(folder));
			}
		}
		catch (IOException | KnowledgeBaseException e) {
			return List.of(problem("", "the examples and scenarios to try the edited rules on could not be read: "
					+ e.getMessage()));
		}
		Advisor advisor = new Advisor(questionnaire, knowledge, candidate);
		if (acceptLoss) {
			Set<String> concluded = advisor.findingIds();
			all = all.stream().map(s -> withoutFindingsOtherThan(concluded, s)).toList();
		}
		List<RuleProblem> problems = new ArrayList<>();
		for (ScenarioResult result : new ScenarioRunner(advisor).run(all)) {
			if (!result.passed()) {
				problems.add(problem(shown(result.scenario().source(), sources.folder(), knowledge.folder()),
						"with the edited rules, scenario \"" + result.scenario().name() + "\" fails: "
								+ String.join("; ", result.differences())));
			}
		}
		return problems;
	}

	private static Scenario withoutFindingsOtherThan(Set<String> concluded, Scenario scenario) {
		Expectation expect = scenario.expect();
		return new Scenario(scenario.name(), scenario.source(), scenario.answers(),
				new Expectation(expect.include().stream().filter(concluded::contains).toList(),
						expect.exclude().stream().filter(concluded::contains).toList(), expect.rankedAbove(),
						expect.maxFindings()));
	}

	private static RuleProblem problem(String file, String message) {
		return new RuleProblem(RuleProblem.Level.ERROR, file, 0, 0, message);
	}

	/** A scenario's file relative to the rules folder or the knowledge base, never the server's path. */
	private static String shown(String source, Path rules, Path knowledge) {
		Path file = Path.of(source).toAbsolutePath().normalize();
		for (Path folder : List.of(rules, knowledge)) {
			Path base = folder.toAbsolutePath().normalize();
			if (file.startsWith(base)) {
				return base.relativize(file).toString().replace('\\', '/');
			}
		}
		return file.getFileName().toString();
	}

}
