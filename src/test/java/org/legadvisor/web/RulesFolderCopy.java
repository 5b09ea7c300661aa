package org.legadvisor.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary copy of the rule files of {@code rules/}, for a service whose rules a test edits. */
public final class RulesFolderCopy {

	private RulesFolderCopy() {
	}

	public static Path create() throws IOException {
		Path copy = Files.createTempDirectory("leg-advisor-rules");
		try (Stream<Path> files = Files.list(Path.of("rules"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		return copy;
	}

	public static void delete(Path copy) throws IOException {
		try (Stream<Path> files = Files.walk(copy)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

}
