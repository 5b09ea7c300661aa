package org.legadvisor.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.legadvisor.knowledge.FindingTitles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * Checks every language as rules are checked, for {@code validate}: each text of the English knowledge base and of
 * the message bundle has its translation (a missing one names the file, the key and the language), with the same
 * placeholders, and no translated text uses a form its language's glossary says to avoid. A translated text no English
 * text has any more is a warning. {@link #completeness} sums it up per language, for {@code coverage}.
 */
public final class TranslationCheck {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}|%[sd]");

	private final Path folder;

	private final Languages languages;

	/** The English texts a complete translation has, by file and key, in the order a reader meets them. */
	private final Map<String, Map<String, String>> english;

	public TranslationCheck(Questionnaire questionnaire, KnowledgeBase knowledge) {
		this.folder = knowledge.folder();
		this.languages = Languages.in(folder);
		Map<String, Map<String, String>> asked = new LinkedHashMap<>();
		Localizer recorder = new Localizer((file, key, text) -> {
			if (!text.isBlank()) {
				asked.computeIfAbsent(file, f -> new LinkedHashMap<>()).put(key, text);
			}
			return text;
		});
		recorder.questionnaire(questionnaire);
		recorder.knowledge(knowledge);
		recorder.findingTitles(FindingTitles.load(folder));
		// A file's "about" is read by whoever opens it, even where the program does not show it.
		asked.forEach((file, texts) -> {
			Path source = folder.resolve(file);
			String about = Files.isRegularFile(source) ? Translation.tree(source).path("about").asText("") : "";
			if (!about.isBlank()) {
				texts.putIfAbsent("about", about);
			}
		});
		asked.put(bundleFile(Language.ENGLISH), messages(Language.ENGLISH));
		this.english = asked;
	}

	public Languages languages() {
		return languages;
	}

	/** Every problem of every language but English, language by language. */
	public List<TranslationProblem> problems() {
		return languages.translated().stream().flatMap(l -> problems(l).stream()).toList();
	}

	public List<TranslationProblem> problems(Language language) {
		Translation translation = Translation.load(folder, language);
		Map<String, Map<String, String>> texts = new LinkedHashMap<>(translation.files());
		texts.put(bundleFile(language), messages(language));
		Glossary glossary = Glossary.of(folder, language);
		List<TranslationProblem> problems = new ArrayList<>();
		english.forEach((file, keys) -> {
			String translatedFile = file.endsWith(".properties") ? bundleFile(language) : file;
			Map<String, String> given = texts.getOrDefault(translatedFile, Map.of());
			keys.forEach((key, text) -> {
				String translated = given.get(key);
				if (translated == null || translated.isBlank()) {
					problems.add(new TranslationProblem(TranslationProblem.Kind.MISSING, language,
							shown(language, translatedFile), key, "no text in this language; the English is shown: \""
									+ text + "\""));
				}
				else if (!placeholders(translated).equals(placeholders(text))) {
					problems.add(new TranslationProblem(TranslationProblem.Kind.PLACEHOLDERS, language,
							shown(language, translatedFile), key, "has the placeholders " + placeholders(translated)
									+ " where the English has " + placeholders(text)));
				}
			});
		});
		texts.forEach((file, keys) -> {
			String source = file.endsWith(".properties") ? bundleFile(Language.ENGLISH) : file;
			Set<String> known = english.getOrDefault(source, Map.of()).keySet();
			keys.forEach((key, text) -> {
				if (!known.contains(key)) {
					problems.add(new TranslationProblem(TranslationProblem.Kind.UNUSED, language, shown(language, file),
							key, "no English text has this key, so nothing shows it (an id renamed or removed?)"));
				}
				glossary.avoidedIn(text, language.locale()).ifPresent(avoided -> problems.add(new TranslationProblem(
						TranslationProblem.Kind.AVOIDED_TERM, language, shown(language, file), key, "uses \""
								+ avoided.form() + "\"; the glossary's term is \"" + avoided.term().use() + "\"")));
			});
		});
		return problems;
	}

	/** For each language, how many of the English texts it has: English has them all. */
	public Map<Language, Completeness> completeness() {
		int total = english.values().stream().mapToInt(Map::size).sum();
		Map<Language, Completeness> result = new LinkedHashMap<>();
		for (Language language : languages.all()) {
			long missing = language.isSource() ? 0 : problems(language).stream()
				.filter(p -> p.kind() == TranslationProblem.Kind.MISSING).count();
			result.put(language, new Completeness(total - (int) missing, total));
		}
		return result;
	}

	/** How many texts of the English a language has, out of how many. */
	public record Completeness(int translated, int total) {

		public int percent() {
			return total == 0 ? 100 : (int) Math.floor(100.0 * translated / total);
		}

		public boolean complete() {
			return translated == total;
		}

	}

	private String shown(Language language, String file) {
		return file.endsWith(".properties") ? file : Languages.folder(folder, language).resolve(file).toString();
	}

	private static String bundleFile(Language language) {
		return Words.BUNDLE + (language.isSource() ? "" : "_" + language.code()) + ".properties";
	}

	/** The keys and texts of one file of the bundle as written (no parent's), empty when the file does not exist. */
	private static Map<String, String> messages(Language language) {
		String name = bundleFile(language);
		Properties properties = new Properties();
		try (InputStream in = TranslationCheck.class.getClassLoader().getResourceAsStream(name)) {
			if (in != null) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + name, e);
		}
		Map<String, String> sorted = new TreeMap<>();
		properties.forEach((k, v) -> sorted.put(k.toString(), v.toString()));
		return sorted;
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new LinkedHashSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		return new java.util.TreeSet<>(found);
	}

}
