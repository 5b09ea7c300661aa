package org.legadvisor.language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.legadvisor.assessment.AdvisorFixture;

/** A copy of the shipped knowledge base, translations included, for a test to change. */
public final class KnowledgeBaseCopy {

	private KnowledgeBaseCopy() {
	}

	public static Path into(Path target) throws IOException {
		Path source = AdvisorFixture.KNOWLEDGE_BASE;
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
		}
		return target;
	}

	/** Replaces the first occurrence of {@code from} in a file of the copy; fails when it is not there. */
	public static void edit(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		if (!text.contains(from)) {
			throw new IllegalStateException(file + " does not contain " + from);
		}
		Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
				java.util.regex.Matcher.quoteReplacement(to)));
	}

}
