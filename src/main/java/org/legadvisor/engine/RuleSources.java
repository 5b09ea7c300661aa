package org.legadvisor.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The DRL files of a rules folder, read once, with a content hash that changes whenever any of them changes. */
public record RuleSources(Path folder, List<RuleFile> files) {

	/** One DRL file: its path relative to the rules folder (always with '/') and its text. */
	public record RuleFile(String path, String text) {
	}

	public static RuleSources read(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new RulesFolderNotFoundException(folder);
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			List<RuleFile> files = walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p))
				.sorted()
				.map(p -> new RuleFile(folder.relativize(p).toString().replace('\\', '/'), readText(p)))
				.toList();
			return new RuleSources(folder, files);
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/** SHA-256 over every path and text, shortened to 12 hex digits: enough to tell rule bases apart. */
	public String contentHash() {
		MessageDigest digest = sha256();
		for (RuleFile file : files) {
			digest.update(file.path().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(file.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
		return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
	}

	private static String readText(Path file) {
		try {
			return Files.readString(file);
		}
		catch (CharacterCodingException e) {
			// Java's own message ("Input length = 1") names neither the file nor the problem.
			throw new UncheckedIOException(new FileSystemException(file.toString(), null, "not UTF-8 text; save it as UTF-8"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

}
