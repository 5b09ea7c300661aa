package org.legadvisor.cli.memory;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.memory.impact.Impact;
import org.legadvisor.memory.impact.ImpactCase;
import org.legadvisor.memory.impact.ImpactText;
import org.legadvisor.memory.impact.RuleImpact;
import org.legadvisor.memory.impact.ScenarioCases;
import org.legadvisor.memory.impact.StoredRoundCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "impact", description = "Before a rule edit goes live: runs every stored round and every bundled "
		+ "example and scenario on an edited copy of the rules and on the rules in use, and lists, per LEG, the "
		+ "findings that would appear or disappear.",
		footer = { "", "Example:", "  cp -r rules rules-edited   # edit rules-edited/, then:",
				"  leg-advisor impact --rules rules-edited --data /srv/leg-advisor", "",
				"Exit codes: 0 done (whatever would change); 1 a rules folder or the knowledge base does not load; "
						+ "2 the stored data cannot be opened, or an argument to fix." })
final class ImpactCommand implements Callable<Integer> {

	enum Format {
		text, json
	}

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Option(names = "--rules", paramLabel = "DIR", required = true,
			description = "The edited copy of the rules folder (its scenarios/ run too, if it has one).")
	Path edited;

	@Option(names = "--current-rules", paramLabel = "DIR", defaultValue = "rules",
			description = "The rules in use, to compare with (default: ${DEFAULT-VALUE}).")
	Path current;

	@Option(names = "--knowledge-base", paramLabel = "DIR", defaultValue = "knowledge-base",
			description = "Folder of the questionnaire, framework and action catalogue (default: ${DEFAULT-VALUE}).")
	Path knowledgeBase;

	@Option(names = "--data", paramLabel = "DIR", description = "Folder of the saved LEGs, as for 'serve --data' "
			+ "(or the database of SPRING_DATASOURCE_URL). Without it, only the bundled examples and scenarios run.")
	Path data;

	@Option(names = "--format", defaultValue = "text",
			description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	Format format;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		RuleFolders folders = new RuleFolders(knowledgeBase);
		List<ImpactCase> cases = new ArrayList<>();
		if (data != null || StoredData.otherDatabase().isPresent()) {
			try (StoredData stored = StoredData.open(data == null ? Path.of("data") : data, true)) {
				cases.addAll(StoredRoundCases.all(stored.jdbc()));
			}
			catch (StoredData.Unavailable e) {
				err.println(e.getMessage());
				return Exits.BAD_INPUT;
			}
		}
		Path scenarios = Files.isDirectory(edited.resolve("scenarios")) ? edited.resolve("scenarios")
				: current.resolve("scenarios");
		cases.addAll(ScenarioCases.of(folders.examples(), List.of(folders.examples(), scenarios)));
		Path loading = current;
		try (LiveRuleBase inUse = folders.load(current); LiveRuleBase candidate = load(folders, loading = edited)) {
			Impact impact = new RuleImpact(folders.advisor(inUse), folders.advisor(candidate)).run(cases,
					inUse.current().version().contentHash(), candidate.current().version().contentHash());
			print(impact);
			return Exits.DONE;
		}
		catch (RuleCompilationException e) {
			RuleFolders.printErrors(err, loading, e);
			return Exits.BROKEN_RULES;
		}
	}

	private static LiveRuleBase load(RuleFolders folders, Path rules) throws IOException, RuleCompilationException {
		return folders.load(rules);
	}

	private void print(Impact impact) throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		out.print(format == Format.json
				? JsonFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(impact) + System.lineSeparator()
				: ImpactText.render(impact));
		out.flush();
	}

}
