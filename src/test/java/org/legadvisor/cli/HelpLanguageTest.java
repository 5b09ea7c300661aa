package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The help and the command line's own words in English and French ({@code cli.properties}, {@code cli_fr.properties}):
 * {@code --lang} anywhere on the command line, else the environment's locale, else English.
 */
class HelpLanguageTest {

	/** picocli's variables, and String.format's place holders. */
	private static final String PLACEHOLDER = "\\$\\{[^}]*}|%[0-9$]*[sn%]";

	private static final Map<String, String> FRENCH_SHELL = Map.of("LANG", "fr_FR.UTF-8");

	@Test
	void everyTextIsInBothLanguagesAndTranslated() throws IOException {
		Properties english = bundle("cli.properties");
		Properties french = bundle("cli_fr.properties");

		assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		english.stringPropertyNames().stream()
			.filter(key -> withoutPlaceholders(english.getProperty(key)).matches("(?s).*\\p{L}.*"))
			.forEach(key -> assertThat(french.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key)));
	}

	@Test
	void theFrenchHelpOfEveryCommandHoldsNoEnglishDescription() throws IOException {
		List<String> english = englishPhrases();
		List<List<String>> helps = new ArrayList<>();
		helps.add(List.of("--help"));
		LegAdvisorCommand.commandLine(new String[0], Map.of()).getSubcommands().keySet()
			.forEach(command -> helps.add(List.of("help", command)));

		for (List<String> help : helps) {
			List<String> args = new ArrayList<>(help);
			args.add("--lang");
			args.add("fr");
			String shown = squeezed(CliRun.of(args.toArray(String[]::new)).out());

			assertThat(shown).as(help.toString()).contains("Utilisation:");
			english.forEach(phrase -> assertThat(shown).as(help.toString()).doesNotContain(phrase));
		}
	}

	@Test
	void langFrGivesTheHelpOfAssessInFrench() {
		String shown = CliRun.of("assess", "--help", "--lang", "fr").out();

		assertThat(shown).contains("Évalue un GLPE à partir d'un fichier de réponses et affiche le rapport.")
			.contains("Codes de sortie\u00a0:")
			.doesNotContain("Assesses a LEG");
		assertThat(CliRun.of("--lang=fr", "help", "assess").out()).isEqualTo(shown);
	}

	@Test
	void theEnvironmentsLocaleChoosesTheLanguageUnlessLangIsGiven() {
		assertThat(CliRun.in(FRENCH_SHELL, "assess", "--help").out()).contains("Évalue un GLPE");
		assertThat(CliRun.in(Map.of("LC_ALL", "fr_CA.UTF-8", "LANG", "en_US.UTF-8"), "assess", "--help").out())
			.contains("Évalue un GLPE");
		assertThat(CliRun.in(FRENCH_SHELL, "assess", "--help", "--lang", "en").out()).contains("Assesses a LEG");
		assertThat(CliRun.in(Map.of("LANG", "C.UTF-8"), "assess", "--help").out()).contains("Assesses a LEG");
		assertThat(CliRun.in(Map.of("LANG", "es_ES.UTF-8"), "assess", "--help").out()).contains("Assesses a LEG");
	}

	@Test
	void theCommandLinesOwnMessagesFollowTheLanguage() {
		CliRun run = CliRun.in(FRENCH_SHELL, "assess", "no-such-file.json");

		assertThat(run.exitCode()).isEqualTo(LegAdvisorCommand.BAD_INPUT);
		assertThat(run.err()).contains("Fichier de réponses introuvable\u00a0: no-such-file.json");
	}

	/** The English texts, cut at their placeholders, in the pieces long enough to be English rather than a name. */
	private static List<String> englishPhrases() throws IOException {
		Properties english = bundle("cli.properties");
		return english.stringPropertyNames().stream()
			.flatMap(key -> java.util.Arrays.stream(english.getProperty(key).split(PLACEHOLDER)))
			.map(HelpLanguageTest::squeezed)
			.filter(phrase -> phrase.length() >= 16 && phrase.matches(".*[a-z]{3}.*"))
			.distinct()
			.toList();
	}

	private static String withoutPlaceholders(String text) {
		return text.replaceAll(PLACEHOLDER, "");
	}

	/** Without any space: picocli wraps lines at spaces and punctuation. */
	private static String squeezed(String text) {
		return text.replaceAll("[\\s\\u00a0]+", "");
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = HelpLanguageTest.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
