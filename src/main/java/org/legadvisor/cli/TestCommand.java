package org.legadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.scenario.Scenario;
import org.legadvisor.scenario.ScenarioLoader;
import org.legadvisor.scenario.ScenarioResult;
import org.legadvisor.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "test", mixinStandardHelpOptions = true)
final class TestCommand implements Callable<Integer> {

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Mixin
	Locations locations;

	@Parameters(paramLabel = "DIR", arity = "0..*", descriptionKey = "folders")
	List<Path> folders = new ArrayList<>();

	@Mixin
	LanguageOption language;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		List<Scenario> scenarios = load();
		try (LiveRuleBase rules = locations.loadRules()) {
			Advisor advisor = locations.advisor(rules);
			List<ScenarioResult> results = new ScenarioRunner(advisor).run(scenarios);
			results.forEach(result -> print(result, out));
			long failed = results.stream().filter(r -> !r.passed()).count();
			out.println(CliLanguage.say(spec, "test.summary", results.size() - failed, failed));
			long stopped = results.stream().filter(r -> r.stopped().isPresent()).count();
			if (stopped > 0) {
				spec.commandLine().getErr().println(CliLanguage.say(spec, "test.stopped", stopped,
						results.stream().flatMap(r -> r.stopped().stream()).findFirst().orElseThrow().getMessage()));
				return LegAdvisorCommand.RULES_STOPPED;
			}
			return failed == 0 ? 0 : 1;
		}
		catch (RuleCompilationException e) {
			locations.printRuleErrors(out, e);
			return LegAdvisorCommand.BROKEN_RULES;
		}
	}

	private List<Scenario> load() throws IOException {
		List<Path> where = folders.isEmpty()
				? List.of(locations.knowledgeBase.resolve("examples"), locations.rules.resolve("scenarios")) : folders;
		ScenarioLoader loader = new ScenarioLoader(locations.knowledgeBase.resolve("examples"));
		List<Scenario> scenarios = new ArrayList<>();
		for (Path folder : where) {
			scenarios.addAll(loader.load(folder));
		}
		return scenarios;
	}

	private static void print(ScenarioResult result, PrintWriter out) {
		out.println((result.passed() ? "PASS " : "FAIL ") + result.scenario().name() + "  (" + result.scenario().source()
				+ ")");
		result.differences().forEach(d -> out.println("     - " + d));
	}

}
