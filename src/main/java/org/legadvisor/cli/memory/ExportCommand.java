package org.legadvisor.cli.memory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.legadvisor.memory.backup.MemoryBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Backs up every piece of stored data into one JSON file: LEGs, rounds, plans, "
		+ "accounts (their password hashes), memberships, the audit log and drafts. 'leg-advisor import' restores it, "
		+ "into H2 or PostgreSQL.",
		footer = { "", "Example: leg-advisor export --all backup.json --data /srv/leg-advisor", "",
				"The file holds password hashes and every LEG's answers: it is written readable by its owner only.", "",
				"Exit codes: 0 written; 2 the stored data cannot be opened, or the file cannot be written." })
final class ExportCommand implements Callable<Integer> {

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Option(names = "--all", paramLabel = "FILE", required = true, description = "The backup file to write.")
	Path file;

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Folder of the saved LEGs, as "
			+ "for 'serve --data' (default: ${DEFAULT-VALUE}); unused when SPRING_DATASOURCE_URL names a database.")
	Path data;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		Path folder = file.toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			err.println("Cannot write " + file + ": its folder does not exist.");
			return Exits.BAD_INPUT;
		}
		try (StoredData stored = StoredData.open(data, true)) {
			// Written beside the file and moved into place: an interrupted export never leaves half a backup.
			Path partial = Files.createTempFile(folder, ".leg-advisor-export", ".json");
			ownerOnly(partial);
			try (OutputStream out = Files.newOutputStream(partial)) {
				new MemoryBackup(stored.jdbc(), stored.transactions()).export(out, Instant.now());
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (StoredData.Unavailable e) {
			err.println(e.getMessage());
			return Exits.BAD_INPUT;
		}
		spec.commandLine().getOut().println("Stored data written to " + file + ".");
		spec.commandLine().getOut().flush();
		return Exits.DONE;
	}

	private static void ownerOnly(Path file) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
	}

}
