package org.legadvisor.cli.memory;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.memory.MemoryException;
import org.legadvisor.memory.history.HistoryText;
import org.legadvisor.memory.history.LegHistory;
import org.legadvisor.memory.history.StoredLegs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "history", description = "A saved LEG's rounds, oldest first (when, who, how many areas to "
		+ "strengthen), each principle's level round by round, and its trend.",
		footer = { "", "Example: leg-advisor history \"Freedonia LEG\" --data /srv/leg-advisor", "",
				"Exit codes: 0 done; 2 no such LEG, or the stored data cannot be opened." })
final class HistoryCommand implements Callable<Integer> {

	enum Format {
		text, json
	}

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Parameters(index = "0", paramLabel = "LEG", description = "The LEG's name (or its id).")
	String leg;

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Folder of the saved LEGs, as "
			+ "for 'serve --data' (default: ${DEFAULT-VALUE}); unused when SPRING_DATASOURCE_URL names a database.")
	Path data;

	@Option(names = "--format", defaultValue = "text",
			description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	Format format;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		LegHistory history;
		try (StoredData stored = StoredData.open(data, true)) {
			StoredLegs legs = new StoredLegs(stored.jdbc());
			StoredLegs.StoredLeg found = legs.find(leg);
			history = LegHistory.of(found, legs.rounds(found));
		}
		catch (StoredData.Unavailable | MemoryException e) {
			err.println(e.getMessage());
			return Exits.BAD_INPUT;
		}
		PrintWriter out = spec.commandLine().getOut();
		out.print(format == Format.json
				? JsonFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(history) + System.lineSeparator()
				: HistoryText.render(history));
		out.flush();
		return Exits.DONE;
	}

}
