package org.legadvisor.authoring.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.legadvisor.engine.RuleBase;
import org.legadvisor.engine.RuleBaseCheck;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.engine.RuleSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers, across runs, the rule files that passed the checks of {@code validate} without any problem, so that a
 * command run again on unchanged rules does not check them again. The key covers the text of every rule file, every
 * knowledge-base file and the application itself: any change of one of them is checked afresh, so an edit is never
 * let through on an old verdict. Only clean verdicts are kept; rules with warnings are checked on every run, so their
 * warnings keep being reported. A cache folder that cannot be written only costs the time of checking.
 */
public final class PassedChecksCache {

	private static final Logger log = LoggerFactory.getLogger(PassedChecksCache.class);

	private final Path folder;

	private final Path knowledgeBase;

	public PassedChecksCache(Path folder, Path knowledgeBase) {
		this.folder = folder;
		this.knowledgeBase = knowledgeBase;
	}

	/** The given check, skipped for sources that passed it before with the same knowledge base and application. */
	public RuleBaseCheck around(RuleBaseCheck check) {
		return new RuleBaseCheck() {

			@Override
			public List<RuleProblem> check(RuleSources sources, RuleBase candidate) {
				Path verdict = folder.resolve(key(sources));
				if (Files.exists(verdict)) {
					return List.of();
				}
				List<RuleProblem> problems = check.check(sources, candidate);
				if (problems.isEmpty()) {
					remember(verdict);
				}
				return problems;
			}

			/** Never cached: the trial runs scenarios, whose files are not part of the key. */
			@Override
			public List<RuleProblem> tryOut(RuleSources sources, RuleBase candidate, boolean acceptLoss) {
				return check.tryOut(sources, candidate, acceptLoss);
			}

		};
	}

	private void remember(Path verdict) {
		try {
			Files.createDirectories(folder);
			Files.writeString(verdict, "passed\n");
		}
		catch (IOException e) {
			log.debug("Could not remember the rules' verdict in {}: {}", folder, e.getMessage());
		}
	}

	private String key(RuleSources sources) {
		MessageDigest digest = sha256();
		for (RuleSources.RuleFile file : sources.files()) {
			update(digest, file.path().getBytes(StandardCharsets.UTF_8));
			update(digest, file.text().getBytes(StandardCharsets.UTF_8));
		}
		for (Path file : knowledgeFiles()) {
			update(digest, file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
			update(digest, read(file));
		}
		update(digest, applicationStamp().getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest.digest());
	}

	private List<Path> knowledgeFiles() {
		try (Stream<Path> files = Files.list(knowledgeBase)) {
			return files.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
		}
		catch (IOException e) {
			return List.of();
		}
	}

	/** The checks are code too: a new build of the application may judge the same files differently. */
	private static String applicationStamp() {
		try {
			Path code = Path.of(PassedChecksCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			Path classFile = Files.isDirectory(code)
					? code.resolve(RuleValidator.class.getName().replace('.', '/') + ".class") : code;
			return code + "@" + Files.getLastModifiedTime(classFile).toMillis() + "/" + Files.size(classFile);
		}
		catch (Exception e) {
			// Without a stamp, a verdict could outlive the code that gave it: use a key that is never found again.
			return String.valueOf(System.nanoTime());
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException e) {
			return new byte[0];
		}
	}

	private static void update(MessageDigest digest, byte[] bytes) {
		digest.update(bytes);
		digest.update((byte) 0);
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
