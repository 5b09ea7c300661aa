package org.legadvisor.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.legadvisor.diagnosis.Finding;
import org.legadvisor.engine.RuleBase;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.engine.RuleLimits;
import org.legadvisor.engine.RuleRun;
import org.legadvisor.engine.RuleSources;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * Measures what the rule sessions of every bundled example and scenario need, against which the defaults of
 * {@link RuleLimits} are set: the most firings of any session, and the longest session, in the first pass of a fresh
 * JVM and once warm; and how long the trial of a reload (every example and scenario) takes. Not a test: run
 * {@code main} with the rules folder, the knowledge base and the number of warm passes, e.g.
 * {@code rules knowledge-base 50}.
 */
public final class SessionLimitsProbe {

	private SessionLimitsProbe() {
	}

	public static void main(String[] args) throws Exception {
		Path rules = Path.of(args.length > 0 ? args[0] : "rules");
		Path knowledgeBase = Path.of(args.length > 1 ? args[1] : "knowledge-base");
		int passes = args.length > 2 ? Integer.parseInt(args[2]) : 50;
		KnowledgeBase knowledge = KnowledgeBase.load(knowledgeBase);
		Questionnaire questionnaire = Questionnaire.load(knowledge.questionnaireFile());
		AnswerValidator validator = new AnswerValidator(questionnaire);
		ScenarioLoader loader = new ScenarioLoader(knowledgeBase.resolve("examples"));
		List<Scenario> scenarios = new ArrayList<>(loader.load(knowledgeBase.resolve("examples")));
		scenarios.addAll(loader.load(rules.resolve("scenarios")));
		RuleSources sources = RuleSources.read(rules);
		try (RuleBase base = new RuleBaseCompiler(RuleLimits.DEFAULT).compile(sources)) {
			List<List<?>> facts = new ArrayList<>();
			for (Scenario scenario : scenarios) {
				facts.add(validator.validate(scenario.answers()).answers());
			}
			int maxFirings = 0;
			long coldMax = 0;
			String coldWorst = "";
			for (int i = 0; i < facts.size(); i++) {
				long start = System.nanoTime();
				RuleRun<Finding> run = base.run(facts.get(i), Finding.class);
				long took = System.nanoTime() - start;
				maxFirings = Math.max(maxFirings, run.firings().size());
				if (took > coldMax) {
					coldMax = took;
					coldWorst = scenarios.get(i).name();
				}
			}
			List<Long> warm = new ArrayList<>();
			for (int pass = 0; pass < passes; pass++) {
				for (List<?> session : facts) {
					long start = System.nanoTime();
					base.run(session, Finding.class);
					warm.add(System.nanoTime() - start);
				}
			}
			Collections.sort(warm);
			ScenarioTrial trial = new ScenarioTrial(knowledge, questionnaire);
			List<Long> trials = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				long start = System.nanoTime();
				int problems = trial.tryOut(sources, base, false).size();
				trials.add((System.nanoTime() - start) / 1_000_000);
				if (problems > 0) {
					throw new IllegalStateException("the shipped rules fail their own trial");
				}
			}
			System.out.printf("%d rules, %d sessions (examples and scenarios)%n", base.rules().size(), facts.size());
			System.out.printf("most firings in one session: %d%n", maxFirings);
			System.out.printf("first pass (cold JVM): longest session %.1f ms (%s)%n", coldMax / 1e6, coldWorst);
			System.out.printf("warm, %d passes: median %.0f us, p99 %.0f us, max %.1f ms%n", passes,
					warm.get(warm.size() / 2) / 1e3, warm.get((int) (warm.size() * 0.99)) / 1e3, warm.get(warm.size() - 1) / 1e6);
			System.out.printf("trial of a reload (load and run every example and scenario): first %d ms, then %s ms%n",
					trials.get(0), trials.subList(1, trials.size()));
		}
	}

}
