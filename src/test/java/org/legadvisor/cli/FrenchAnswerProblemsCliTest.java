package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.knowledge.JsonFiles;

/** {@code assess --lang fr} says refused answers in French, each question by its French text. */
class FrenchAnswerProblemsCliTest {

	@TempDir
	Path dir;

	private static String french(String question) throws IOException {
		return JsonFiles.mapper().readTree(Path.of("knowledge-base/translations/fr/questionnaire.json").toFile())
			.path("questions").path(question).path("text").asText();
	}

	@Test
	void saysEachRefusedAnswerInFrenchNamingTheQuestionByItsFrenchText() throws IOException {
		Path answers = Files.writeString(dir.resolve("answers.json"), """
				{ "questionnaireVersion": "1.0", "leg": { "name": "GLPE test" },
				  "answers": { "tor.exists": "no", "tor.covers": ["mandate"], "meetings.per_year": 60 } }""");

		CliRun run = CliRun.of("assess", answers.toString(), "--lang", "fr");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("2 problème(s) dans les réponses :")
			.contains("Question « " + french("meetings.per_year") + " » : attendu un nombre entier de 0 à 52, reçu 60")
			.contains("Question « " + french("tor.covers") + " » : attendu aucune réponse, puisque la question « "
					+ french("tor.exists") + " » a pour réponse « non »")
			.doesNotContain("expected").doesNotContain("Exception");
	}

	@Test
	void saysAMissingFileInFrench() {
		CliRun run = CliRun.of("assess", dir.resolve("nowhere.json").toString(), "--lang", "fr");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("Fichier de réponses introuvable");
	}

	@Test
	void assessesAFolderInFrenchWithItsPortfolioSummaryAndTheRefusedFileSaidInFrench() throws IOException {
		Path answers = Files.createDirectory(dir.resolve("answers"));
		Files.copy(Path.of("knowledge-base/examples/donor-chaired-no-tor.json"), answers.resolve("a.json"));
		Files.writeString(answers.resolve("b.json"), """
				{ "questionnaireVersion": "1.0", "leg": { "name": "GLPE" }, "answers": { "meetings.per_year": 60 } }""");
		Path out = dir.resolve("reports");

		CliRun run = CliRun.of("assess", answers.toString(), "--lang", "fr", "--format", "markdown", "--out",
				out.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("attendu un nombre entier de 0 à 52, reçu 60").contains("rapport(s)");
		String portfolio = Files.readString(out.resolve("portfolio.md"));
		assertThat(portfolio).startsWith("# Portefeuille d'évaluations de GLPE").contains("## Constats les plus fréquents")
			.contains("Question « " + french("meetings.per_year") + " »").doesNotContain("expected");
		assertThat(Files.readString(out.resolve("a.md"))).contains("GLPE");
	}

}
