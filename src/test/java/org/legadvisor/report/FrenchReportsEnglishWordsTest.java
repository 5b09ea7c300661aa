package org.legadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.language.Language;
import org.legadvisor.language.Translator;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.AnswersDocument;

/**
 * No English left in a French report: every bundled example in text, Markdown, HTML and JSON is scanned for the words
 * that only the English texts use (the words of the English bundle and knowledge base that no French text has), beyond
 * what a report shows as given: the LEG's name, country and respondent, and the free-text notes. A JSON report is
 * read for its sentences (values with a space): ids and codes are the same in every language.
 * <p>
 * A basis's {@code text} in JSON is the source citation as stored, in English, and says so ({@code textLanguage});
 * its {@code words} are the report's. A second test compares each French JSON report with the English one, field by
 * field: a sentence the same in both is English left in the French.
 */
class FrenchReportsEnglishWordsTest {

	private static final Pattern WORD = Pattern.compile("[A-Za-z]{4,}");

	/** The choices of a multiple-choice answer, as the JSON report gives them: codes joined by commas. */
	private static final Pattern CODES = Pattern.compile("[a-z0-9_]+(, [a-z0-9_]+)*");

	private static final List<String> KNOWLEDGE = List.of("questionnaire.json", "actions.json", "framework.json",
			"signals.json", "thresholds.json", "priorities.json", "profile.json", "findings.json");

	private static AdvisorFixture fixture;

	private static ReportBuilder french;

	@BeforeAll
	static void start() throws Exception {
		fixture = new AdvisorFixture();
		french = new ReportBuilder(new Translator(fixture.advisor().questionnaire(), fixture.advisor().knowledge())
			.in(new Language("fr")));
	}

	@AfterAll
	static void stop() {
		fixture.close();
	}

	@Test
	void noFrenchReportOfAnyExampleInAnyTextFormatUsesAWordOnlyTheEnglishTextsUse() throws Exception {
		Set<String> englishOnly = englishOnlyWords();
		assertThat(englishOnly).as("the scan's vocabulary").contains("principle", "element", "high", "medium");
		Map<String, Set<String>> found = new TreeMap<>();
		for (String example : FrenchReportsTest.examples()) {
			AnswersDocument answers = AdvisorFixture.profile(example);
			Report report = french.build(fixture.assess(answers));
			List<String> given = given(answers, report);
			for (ReportFormat format : List.of(ReportFormat.text, ReportFormat.markdown, ReportFormat.html,
					ReportFormat.json)) {
				// Lines wrapped for the terminal or the page are read as one.
				String readable = readable(format, format.render(report)).replaceAll("\\s+", " ");
				for (String text : given) {
					readable = readable.replace(text.replaceAll("\\s+", " "), " ");
				}
				Matcher words = WORD.matcher(readable);
				while (words.find()) {
					if (englishOnly.contains(words.group().toLowerCase(Locale.ROOT))) {
						found.computeIfAbsent(format + " " + example, k -> new TreeSet<>()).add(around(readable, words));
					}
				}
			}
		}
		assertThat(found).as("English words in French reports").isEmpty();
	}

	/** What the report shows as it was given: names, the respondent, free text. */
	private static List<String> given(AnswersDocument answers, Report report) {
		List<String> given = new ArrayList<>();
		if (answers.leg() != null) {
			Stream.of(answers.leg().name(), answers.leg().country(), answers.leg().respondent())
				.filter(t -> t != null && !t.isBlank()).forEach(t -> {
					given.add(t);
					given.add(escapedHtml(t));
				});
		}
		report.notes().forEach(note -> {
			given.add(note.text());
			given.add(escapedHtml(note.text()));
		});
		given.sort((a, b) -> b.length() - a.length());
		return given;
	}

	@Test
	void noSentenceOfAFrenchJsonReportOfAnyExampleIsTheSameAsInTheEnglishOne() throws Exception {
		ReportBuilder english = new ReportBuilder(fixture.advisor().questionnaire(), fixture.advisor().knowledge());
		Map<String, Set<String>> same = new TreeMap<>();
		for (String example : FrenchReportsTest.examples()) {
			AnswersDocument answers = AdvisorFixture.profile(example);
			var assessment = fixture.assess(answers);
			Report frenchReport = french.build(assessment);
			Set<String> given = Set.copyOf(given(answers, frenchReport));
			JsonNode fr = JsonFiles.mapper().readTree(ReportFormat.json.render(frenchReport));
			JsonNode en = JsonFiles.mapper().readTree(ReportFormat.json.render(english.build(assessment)));
			assertThat(fr.path("findings").size()).as(example).isEqualTo(en.path("findings").size());
			sameSentences(fr, en, "", given, same.computeIfAbsent(example, k -> new TreeSet<>()));
		}
		same.values().removeIf(Set::isEmpty);
		assertThat(same).as("sentences left in English in French JSON reports, by field").isEmpty();
	}

	/**
	 * Every string field of the French report the same as in the English one, but what a reader gave (names, notes),
	 * ids and codes (no space, or codes joined by commas), figures, and the source citation labelled as English.
	 */
	private static void sameSentences(JsonNode fr, JsonNode en, String path, Set<String> given, Set<String> into) {
		if (fr.isObject()) {
			boolean englishCitation = fr.path("textLanguage").asText().equals("en");
			fr.fields().forEachRemaining(f -> {
				if (!(englishCitation && f.getKey().equals("text"))) {
					sameSentences(f.getValue(), en.path(f.getKey()), path + "." + f.getKey(), given, into);
				}
			});
		}
		else if (fr.isArray()) {
			for (int i = 0; i < fr.size(); i++) {
				sameSentences(fr.get(i), en.path(i), path + "[]", given, into);
			}
		}
		else if (fr.isTextual() && fr.asText().equals(en.asText()) && fr.asText().length() >= 12
				&& fr.asText().contains(" ") && !CODES.matcher(fr.asText()).matches() && !given.contains(fr.asText())
				&& !fr.asText().matches("[\\d\\s.,:%/-]+")) {
			into.add(path + ": " + fr.asText());
		}
	}

	private static String readable(ReportFormat format, String rendered) throws IOException {
		if (format == ReportFormat.json) {
			List<String> sentences = new ArrayList<>();
			sentences(JsonFiles.mapper().readTree(rendered), "", sentences);
			return String.join("\n", sentences);
		}
		if (format == ReportFormat.html) {
			return rendered.replaceAll("(?s)<style.*?</style>|<script.*?</script>", " ").replaceAll("<[^>]+>", " ");
		}
		return rendered;
	}

	private static void sentences(JsonNode node, String field, List<String> into) {
		if (node.isObject()) {
			node.fields().forEachRemaining(f -> {
				if (!(field.equals("basis") && f.getKey().equals("text"))) {
					sentences(f.getValue(), f.getKey(), into);
				}
			});
		}
		else if (node.isArray()) {
			node.forEach(item -> sentences(item, field, into));
		}
		else if (node.isTextual() && node.asText().contains(" ") && !CODES.matcher(node.asText()).matches()) {
			into.add(node.asText());
		}
	}

	private static String around(String text, Matcher word) {
		int from = Math.max(0, word.start() - 40);
		int to = Math.min(text.length(), word.end() + 40);
		return word.group() + ": ..." + text.substring(from, to).replaceAll("\\s+", " ") + "...";
	}

	private static String escapedHtml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	/** The words of the English texts that no French text uses: what English left in a French report looks like. */
	static Set<String> englishOnlyWords() throws IOException {
		Properties english = bundle("messages.properties");
		Properties french = bundle("messages_fr.properties");
		List<String> englishTexts = new ArrayList<>();
		List<String> frenchTexts = new ArrayList<>();
		english.forEach((key, text) -> {
			if (french.containsKey(key)) {
				englishTexts.add(text.toString());
			}
		});
		french.values().forEach(text -> frenchTexts.add(text.toString()));
		Path knowledgeBase = AdvisorFixture.KNOWLEDGE_BASE;
		for (String file : KNOWLEDGE) {
			strings(JsonFiles.mapper().readTree(knowledgeBase.resolve(file).toFile()), englishTexts);
			Path translated = knowledgeBase.resolve("translations/fr").resolve(file);
			if (Files.exists(translated)) {
				strings(JsonFiles.mapper().readTree(translated.toFile()), frenchTexts);
			}
		}
		Set<String> words = words(englishTexts);
		words.removeAll(words(frenchTexts));
		// Codes that a report writes as they are in every language (the answers' values, shown in JSON only as ids).
		words.remove(Answer.DONT_KNOW);
		return words;
	}

	private static Set<String> words(List<String> texts) {
		Set<String> words = new TreeSet<>();
		for (String text : texts) {
			Matcher m = WORD.matcher(text);
			while (m.find()) {
				words.add(m.group().toLowerCase(Locale.ROOT));
			}
		}
		return words;
	}

	private static void strings(JsonNode node, List<String> into) {
		if (node.isContainerNode()) {
			node.forEach(child -> strings(child, into));
		}
		else if (node.isTextual()) {
			into.add(node.asText());
		}
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = FrenchReportsEnglishWordsTest.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
