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

import org.legadvisor.cli.CliLanguage;
import org.legadvisor.cli.LanguageOption;
import org.legadvisor.cli.LegAdvisorCommand;
import org.legadvisor.memory.backup.MemoryBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--all", paramLabel = "FILE", required = true)
	Path file;

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "data")
	Path data;

	@Mixin
	LanguageOption language;

	@Override
	public Integer call() throws IOException, StoredData.Unavailable {
		try (ReadingLanguage chosen = ReadingLanguage.wordsOnly(language)) {
			return export();
		}
	}

	private int export() throws IOException, StoredData.Unavailable {
		PrintWriter err = spec.commandLine().getErr();
		Path folder = file.toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			err.println(CliLanguage.say(spec, "export.noFolder", file));
			return LegAdvisorCommand.BAD_INPUT;
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
		spec.commandLine().getOut().println(CliLanguage.say(spec, "export.written", file));
		spec.commandLine().getOut().flush();
		return 0;
	}

	private static void ownerOnly(Path file) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
	}

}
