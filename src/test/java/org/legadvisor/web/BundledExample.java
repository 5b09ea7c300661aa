package org.legadvisor.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.legadvisor.knowledge.JsonFiles;

/** An answers document of {@code knowledge-base/examples}, as sent, with the name of its LEG to recognise its report. */
public record BundledExample(String file, byte[] json, String legName) {

	public static final Path FOLDER = Path.of("knowledge-base/examples");

	/** The richest example: the most findings and actions. */
	public static final Path RICHEST = FOLDER.resolve("donor-chaired-no-tor.json");

	public static List<BundledExample> all() {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expected.json"))
				.sorted()
				.map(BundledExample::of)
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static BundledExample of(Path file) {
		try {
			byte[] json = Files.readAllBytes(file);
			return new BundledExample(file.getFileName().toString(), json,
					JsonFiles.mapper().readTree(json).get("leg").get("name").asText());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
