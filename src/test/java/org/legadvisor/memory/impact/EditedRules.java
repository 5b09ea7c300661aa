package org.legadvisor.memory.impact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A copy of {@code rules/} with one edit a policy officer might make: the rule "Without written terms of reference the
 * mandate is not agreed" ({@code P1-no-tor}) turned to read a "yes" where it read "no", so that the finding
 * disappears where there is no ToR and appears where there is one.
 */
public final class EditedRules {

	public static final String FINDING = "P1-no-tor";

	private static final String RULE_CONDITION = "Answer( question == \"tor.exists\", value == \"no\" )";

	private EditedRules() {
	}

	public static Path copyInto(Path folder) throws IOException {
		Path source = Path.of("rules");
		try (Stream<Path> files = Files.walk(source)) {
			files.forEach(file -> copy(source, file, folder.resolve(source.relativize(file).toString())));
		}
		Path mandate = folder.resolve("p1-mandate.drl");
		String drl = Files.readString(mandate);
		int rule = drl.indexOf("@id(\"" + FINDING + "\")");
		int condition = drl.indexOf(RULE_CONDITION, rule);
		if (rule < 0 || condition < 0) {
			throw new IllegalStateException("The rule " + FINDING + " no longer reads " + RULE_CONDITION);
		}
		Files.writeString(mandate, drl.substring(0, condition) + RULE_CONDITION.replace("\"no\"", "\"yes\"")
				+ drl.substring(condition + RULE_CONDITION.length()));
		return folder;
	}

	private static void copy(Path root, Path from, Path to) {
		try {
			if (Files.isDirectory(from)) {
				Files.createDirectories(to);
			}
			else {
				Files.copy(from, to);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
