package org.legadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.legadvisor.authoring.catalogue.Catalogue;
import org.legadvisor.authoring.catalogue.CatalogueFormat;
import org.legadvisor.authoring.catalogue.RuleCatalogue;
import org.legadvisor.engine.RuleSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Mixin
	Locations locations;

	@Mixin
	OutputOptions output = OutputOptions.of(CatalogueFormat.text);

	@Mixin
	LanguageOption language;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		CatalogueFormat format = output.format(CatalogueFormat.class);
		RuleSources sources;
		try {
			sources = RuleSources.read(locations.rules);
		}
		catch (IOException e) {
			err.println(ReadFailure.describe(e, spec.commandLine()));
			return LegAdvisorCommand.BROKEN_RULES;
		}
		Catalogue catalogue = new RuleCatalogue(locations.knowledge(), locations.questionnaire()).build(sources);
		output.emit(format.render(catalogue), "rules.written");
		if (!catalogue.unreadable().isEmpty()) {
			err.println(CliLanguage.say(spec, "rules.unreadable"));
			catalogue.unreadable().forEach(err::println);
			return LegAdvisorCommand.BROKEN_RULES;
		}
		return 0;
	}

}
