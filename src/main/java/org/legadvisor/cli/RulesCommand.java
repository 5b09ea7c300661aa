package org.legadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.legadvisor.authoring.catalogue.Catalogue;
import org.legadvisor.authoring.catalogue.CatalogueFormat;
import org.legadvisor.authoring.catalogue.RuleCatalogue;
import org.legadvisor.engine.RuleSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rules", description = { "Prints the rule catalogue in plain language: for every rule, what it looks "
		+ "at (questions with their text, the answers compared, signals), what it concludes (severity, challenge, "
		+ "principle, elements), its actions, the sections of the paper it comes from, its basis (a passage of the paper, or common practice with its reason), and its file and line.",
		"Diagnosis rules are grouped by principle; signal rules follow in a section of their own. Exits 1 when a rule "
				+ "file cannot be read (its rules are left out)." })
final class RulesCommand implements Callable<Integer> {

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Mixin
	Locations locations;

	@Option(names = "--format", defaultValue = "text",
			description = "Catalogue format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	CatalogueFormat format;

	@Option(names = "--out", paramLabel = "FILE", description = "Write the catalogue to FILE instead of the terminal.")
	Path out;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		RuleSources sources;
		try {
			sources = RuleSources.read(locations.rules);
		}
		catch (IOException e) {
			err.println(ReadFailure.describe(e, spec.commandLine()));
			return LegAdvisorCommand.BROKEN_RULES;
		}
		Catalogue catalogue = new RuleCatalogue(locations.knowledge(), locations.questionnaire()).build(sources);
		String rendered = format.render(catalogue);
		if (out == null) {
			spec.commandLine().getOut().print(rendered);
			spec.commandLine().getOut().flush();
		}
		else {
			Files.writeString(out, rendered);
			err.println("Catalogue written to " + out);
		}
		if (!catalogue.unreadable().isEmpty()) {
			err.println("Some rule files cannot be read and were left out; run 'leg-advisor validate' for details:");
			catalogue.unreadable().forEach(err::println);
			return LegAdvisorCommand.BROKEN_RULES;
		}
		return 0;
	}

}
