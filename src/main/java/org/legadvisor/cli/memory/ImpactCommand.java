package org.legadvisor.cli.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.legadvisor.cli.LanguageOption;
import org.legadvisor.cli.LegAdvisorCommand;
import org.legadvisor.cli.OutputOptions;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.engine.RulesFolderNotFoundException;
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
	public Integer call() throws IOException, StoredData.Unavailable {
		output.chosen();
		RuleFolders folders = new RuleFolders(knowledgeBase);
		try (ReadingLanguage language = ReadingLanguage.of(this.language, folders.questionnaire(),
				folders.knowledge())) {
			return impact(folders, language.texts());
		}
	}

	private int impact(RuleFolders folders, StoredTexts texts) throws IOException, StoredData.Unavailable {
		for (Path rules : List.of(current, edited)) {
			if (!Files.isDirectory(rules)) {
				throw new RulesFolderNotFoundException(rules);
			}
		}
		// The edited copy compiles on a thread of its own while this one reads the stored rounds and compiles the
		// rules in use: each compilation takes seconds, and the machine has more than one core.
		CompletableFuture<LiveRuleBase> compilingEdited = CompletableFuture.supplyAsync(() -> compiled(folders, edited));
		try {
			List<ImpactCase> cases = new ArrayList<>();
			if (data != null || StoredData.otherDatabase().isPresent()) {
				try (StoredData stored = StoredData.open(data == null ? Path.of("data") : data, true)) {
					cases.addAll(StoredRoundCases.all(stored.jdbc()));
				}
			}
			Path scenarios = Files.isDirectory(edited.resolve("scenarios")) ? edited.resolve("scenarios")
					: current.resolve("scenarios");
			cases.addAll(ScenarioCases.of(folders.examples(), List.of(folders.examples(), scenarios)));
			try (LiveRuleBase inUse = folders.load(current)) {
				return compare(folders, cases, inUse, compilingEdited, texts);
			}
			catch (RuleCompilationException e) {
				RuleFolders.printErrors(spec, current, e);
				return LegAdvisorCommand.BROKEN_RULES;
			}
		}
		finally {
			// Whatever became of the run, the edited rule base is closed once compiled, if compiled.
			compilingEdited.thenAccept(LiveRuleBase::close);
		}
	}

	private int compare(RuleFolders folders, List<ImpactCase> cases, LiveRuleBase inUse,
			CompletableFuture<LiveRuleBase> compilingEdited, StoredTexts texts) throws IOException {
		LiveRuleBase candidate;
		try {
			candidate = compilingEdited.join();
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof UncheckedIOException io) {
				throw io.getCause();
			}
			if (e.getCause() instanceof CompilationFailed failed) {
				RuleFolders.printErrors(spec, edited, failed.getCause());
				return LegAdvisorCommand.BROKEN_RULES;
			}
			throw e;
		}
		Impact impact = new RuleImpact(folders.advisor(inUse), folders.advisor(candidate)).run(cases,
				inUse.current().version().contentHash(), candidate.current().version().contentHash());
		print(impact.in(texts), texts);
		return 0;
	}

	/** The rules of this folder compiled, for a thread of its own: checked exceptions wrapped. */
	private static LiveRuleBase compiled(RuleFolders folders, Path rules) {
		try {
			return folders.load(rules);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (RuleCompilationException e) {
			throw new CompilationFailed(e);
		}
	}

	/** A compilation failure carried out of the thread that compiled. */
	private static final class CompilationFailed extends RuntimeException {

		private static final long serialVersionUID = 1L;

		CompilationFailed(RuleCompilationException cause) {
			super(cause);
		}

		@Override
		public synchronized RuleCompilationException getCause() {
			return (RuleCompilationException) super.getCause();
		}

	}

	private void print(Impact impact, StoredTexts texts) throws IOException {
		output.print(impact, text -> text.print(ImpactText.render(impact, texts)));
	}

}
