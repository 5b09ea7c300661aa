package org.legadvisor.cli.memory;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.legadvisor.cli.CliLanguage;
import org.legadvisor.cli.LanguageOption;
import org.legadvisor.cli.LegAdvisorCommand;
import org.legadvisor.memory.audit.AuditLog;
import org.legadvisor.memory.backup.MemoryBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
	Path file;

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "data")
	Path data;

	@Mixin
	LanguageOption language;

	@Override
	public Integer call() throws IOException, StoredData.Unavailable {
		try (ReadingLanguage chosen = ReadingLanguage.wordsOnly(language)) {
			return restore();
		}
	}

	private int restore() throws IOException, StoredData.Unavailable {
		PrintWriter err = spec.commandLine().getErr();
		if (!Files.isRegularFile(file)) {
			err.println(CliLanguage.say(spec, "import.notFound", file));
			return LegAdvisorCommand.BAD_INPUT;
		}
		MemoryBackup.Restored restored;
		try (StoredData stored = StoredData.open(data, false); InputStream in = Files.newInputStream(file)) {
			restored = new MemoryBackup(stored.jdbc(), stored.transactions()).restore(in,
					AuditLog.commandLine(System.getProperty("user.name")));
		}
		catch (JsonProcessingException e) {
			err.println(CliLanguage.say(spec, "import.notJson", file, e.getOriginalMessage()));
			return LegAdvisorCommand.BAD_INPUT;
		}
		catch (NoSuchFileException e) {
			err.println(CliLanguage.say(spec, "import.notFound", file));
			return LegAdvisorCommand.BAD_INPUT;
		}
		PrintWriter out = spec.commandLine().getOut();
		out.println(CliLanguage.say(spec, "import.restored", file, restored.rows().get("leg"),
				restored.rows().get("leg_round"), restored.rows().get("plan_item"), restored.rows().get("account"),
				restored.rows().get("membership"), restored.rows().get("audit_entry"), restored.rows().get("leg_draft")));
		out.flush();
		return 0;
	}

}
