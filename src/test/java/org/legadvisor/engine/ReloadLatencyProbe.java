package org.legadvisor.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.legadvisor.authoring.check.RuleValidator;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * Measures, on a copy of a rules folder, how long a saved edit takes to serve: from writing a {@code .drl} file to
 * the watcher's new rule base being current (debounce included), and, for comparison, an explicit reload alone. Each
 * edit passes the checks of {@code validate} as in the service. Not a test: run {@code main} with the rules folder,
 * the number of edits and the knowledge base, e.g. {@code rules 9 knowledge-base}.
 */
public final class ReloadLatencyProbe {

	private ReloadLatencyProbe() {
	}

	public static void main(String[] args) throws Exception {
		Path source = Path.of(args.length > 0 ? args[0] : "rules");
		int edits = args.length > 1 ? Integer.parseInt(args[1]) : 9;
		Path knowledgeBase = Path.of(args.length > 2 ? args[2] : "knowledge-base");
		RuleBaseCheck gate = new RuleValidator(KnowledgeBase.load(knowledgeBase),
				Questionnaire.load(knowledgeBase.resolve("questionnaire.json"))).asReloadGate();
		Path copy = copy(source);
		try (LiveRuleBase live = LiveRuleBase.load(copy, new RuleBaseCompiler(), gate)) {
			Path edited = firstRuleFile(copy);
			List<Long> explicit = new ArrayList<>();
			for (int i = 0; i < edits; i++) {
				append(edited, "// explicit " + i);
				long start = System.nanoTime();
				live.reload();
				explicit.add((System.nanoTime() - start) / 1_000_000);
			}
			live.start();
			List<Long> saveToServing = new ArrayList<>();
			for (int i = 0; i < edits; i++) {
				RuleBase before = live.current();
				long start = System.nanoTime();
				append(edited, "// saved " + i);
				while (live.current() == before) {
					Thread.sleep(1);
				}
				saveToServing.add((System.nanoTime() - start) / 1_000_000);
				Thread.sleep(500);
			}
			System.out.printf("%d rules in %s, debounce %d ms%n", live.current().rules().size(), source,
					LiveRuleBase.DEBOUNCE.toMillis());
			System.out.println("explicit reload (ms):  " + explicit + " median " + median(explicit));
			System.out.println("save to serving (ms):  " + saveToServing + " median " + median(saveToServing));
		}
		finally {
			delete(copy);
		}
	}

	private static Path copy(Path source) throws Exception {
		Path copy = Files.createTempDirectory("reload-probe");
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path p : walk.toList()) {
				Path target = copy.resolve(source.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(p, target);
				}
			}
		}
		return copy;
	}

	private static void delete(Path folder) throws Exception {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private static Path firstRuleFile(Path folder) throws Exception {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
		}
	}

	private static void append(Path file, String line) throws Exception {
		Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.APPEND);
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
