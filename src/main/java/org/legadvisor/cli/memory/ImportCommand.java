package org.legadvisor.cli.memory;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.legadvisor.memory.MemoryException;
import org.legadvisor.memory.backup.MemoryBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Restores a backup made by 'leg-advisor export --all' into an empty "
		+ "database (a new --data folder, or a new PostgreSQL database given by SPRING_DATASOURCE_URL), all of it or "
		+ "nothing. A database that already holds stored data is refused, so that nothing is overwritten.",
		footer = { "", "Example, from H2 to PostgreSQL:", "  leg-advisor export --all backup.json --data /srv/leg-advisor",
				"  SPRING_DATASOURCE_URL=jdbc:postgresql://localhost/leg_advisor SPRING_DATASOURCE_USERNAME=... \\",
				"  SPRING_DATASOURCE_PASSWORD=... leg-advisor import backup.json", "",
				"Exit codes: 0 restored; 2 the file is not a backup, the database is not empty or cannot be opened." })
final class ImportCommand implements Callable<Integer> {

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", description = "The backup file.")
	Path file;

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Folder to restore into, as "
			+ "for 'serve --data' (default: ${DEFAULT-VALUE}; created if missing); unused when SPRING_DATASOURCE_URL "
			+ "names a database.")
	Path data;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		if (!Files.isRegularFile(file)) {
			err.println("Backup file not found: " + file);
			return Exits.BAD_INPUT;
		}
		MemoryBackup.Restored restored;
		try (StoredData stored = StoredData.open(data, false); InputStream in = Files.newInputStream(file)) {
			restored = new MemoryBackup(stored.jdbc(), stored.transactions()).restore(in,
					"command line (" + System.getProperty("user.name") + ")");
		}
		catch (StoredData.Unavailable | MemoryException e) {
			err.println(e.getMessage());
			return Exits.BAD_INPUT;
		}
		catch (JsonProcessingException e) {
			err.println(file + " is not a backup: it is not valid JSON (" + e.getOriginalMessage() + ").");
			return Exits.BAD_INPUT;
		}
		catch (NoSuchFileException e) {
			err.println("Backup file not found: " + file);
			return Exits.BAD_INPUT;
		}
		PrintWriter out = spec.commandLine().getOut();
		out.println("Restored from " + file + ": " + restored.rows().get("leg") + " LEGs, " + restored.rows().get(
				"leg_round") + " rounds, " + restored.rows().get("plan_item") + " plan items, " + restored.rows().get(
						"account") + " accounts, " + restored.rows().get("membership") + " memberships, "
				+ restored.rows().get("audit_entry") + " audit entries, " + restored.rows().get("leg_draft")
				+ " drafts.");
		out.flush();
		return Exits.DONE;
	}

}
