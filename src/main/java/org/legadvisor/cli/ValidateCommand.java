package org.legadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.legadvisor.engine.RuleBase;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.engine.RuleSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", description = "Compiles the rule files and reports every problem as file:line:column: message. "
		+ "Exits 1 on any error.")
final class ValidateCommand implements Callable<Integer> {

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Parameters(paramLabel = "RULES_DIR", arity = "0..1", defaultValue = "rules",
			description = "Folder of DRL rule files (default: ${DEFAULT-VALUE}).")
	Path rules;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		RuleSources sources = RuleSources.read(rules);
		try (RuleBase base = new RuleBaseCompiler().compile(sources)) {
			base.warnings().forEach(w -> out.println(located(w)));
			out.printf("%s: %d rules in %d files compile without errors (version %s).%n", rules, base.rules().size(),
					sources.files().size(), base.version().contentHash());
			return 0;
		}
		catch (RuleCompilationException e) {
			e.problems().forEach(p -> out.println(located(p)));
			long errors = e.problems().stream().filter(p -> p.level() == RuleProblem.Level.ERROR).count();
			out.printf("%s: %d error(s).%n", rules, errors);
			return LegAdvisorCommand.BROKEN_RULES;
		}
	}

	private String located(RuleProblem problem) {
		return rules.resolve(problem.file()) + problem.toString().substring(problem.file().length());
	}

}
