package org.legadvisor.cli.memory;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.legadvisor.cli.LanguageOption;
import org.legadvisor.cli.LegAdvisorCommand;
import org.legadvisor.cli.OutputOptions;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.memory.impact.Impact;
import org.legadvisor.memory.impact.ImpactCase;
import org.legadvisor.memory.impact.ImpactText;
import org.legadvisor.memory.impact.RuleImpact;
import org.legadvisor.memory.impact.ScenarioCases;
import org.legadvisor.memory.impact.StoredRoundCases;
import org.legadvisor.memory.progress.StoredTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "impact", mixinStandardHelpOptions = true)
final class ImpactCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	/** Not the {@code --rules} of the other commands: the edited copy, which must be named. */
	@Option(names = "--rules", paramLabel = "DIR", required = true)
	Path edited;

	@Option(names = "--current-rules", paramLabel = "DIR", defaultValue = "rules")
	Path current;

	@Option(names = "--knowledge-base", paramLabel = "DIR", defaultValue = "knowledge-base")
	Path knowledgeBase;

	@Option(names = "--data", paramLabel = "DIR")
	Path data;

	@Mixin
	OutputOptions output = OutputOptions.of("text", "json");

	@Mixin
	LanguageOption language;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		output.chosen();
		RuleFolders folders = new RuleFolders(knowledgeBase);
		try (ReadingLanguage language = ReadingLanguage.of(this.language, folders.questionnaire(),
				folders.knowledge())) {
			return impact(err, folders, language.texts());
		}
	}

	private int impact(PrintWriter err, RuleFolders folders, StoredTexts texts) throws IOException {
		List<ImpactCase> cases = new ArrayList<>();
		if (data != null || StoredData.otherDatabase().isPresent()) {
			try (StoredData stored = StoredData.open(data == null ? Path.of("data") : data, true)) {
				cases.addAll(StoredRoundCases.all(stored.jdbc()));
			}
			catch (StoredData.Unavailable e) {
				err.println(e.in(spec));
				return LegAdvisorCommand.BAD_INPUT;
			}
		}
		Path scenarios = Files.isDirectory(edited.resolve("scenarios")) ? edited.resolve("scenarios")
				: current.resolve("scenarios");
		cases.addAll(ScenarioCases.of(folders.examples(), List.of(folders.examples(), scenarios)));
		Path loading = current;
		try (LiveRuleBase inUse = folders.load(current); LiveRuleBase candidate = load(folders, loading = edited)) {
			Impact impact = new RuleImpact(folders.advisor(inUse), folders.advisor(candidate)).run(cases,
					inUse.current().version().contentHash(), candidate.current().version().contentHash());
			print(impact.in(texts), texts);
			return 0;
		}
		catch (RuleCompilationException e) {
			RuleFolders.printErrors(spec, loading, e);
			return LegAdvisorCommand.BROKEN_RULES;
		}
	}

	private static LiveRuleBase load(RuleFolders folders, Path rules) throws IOException, RuleCompilationException {
		return folders.load(rules);
	}

	private void print(Impact impact, StoredTexts texts) throws IOException {
		output.print(impact, text -> text.print(ImpactText.render(impact, texts)));
	}

}
