package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.interchange.submissions.SurveyExport;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.questionnaire.Questionnaire;

class ImportSubmissionsCommandTest {

	private static final String EXAMPLES = "knowledge-base/examples/";

	@Test
	void writesOneAnswersFileAndReportPerRowAndThePortfolioAndSaysTheBadRowByRowAndQuestion(@TempDir Path dir)
			throws Exception {
		Questionnaire questionnaire = Questionnaire.load(Path.of("knowledge-base/questionnaire.json"));
		SurveyExport kobo = new SurveyExport(questionnaire, SurveyExport.Layout.KOBO);
		List<List<Object>> rows = new ArrayList<>();
		for (String name : List.of("crisis-setting", "donor-chaired-no-tor", "established-leg")) {
			AnswersDocument document = new AnswersReader().read(Path.of(EXAMPLES + name + ".json"));
			rows.add(new ArrayList<>(kobo.row(document, rows.size() + 1)));
		}
		rows.get(2).set(kobo.header().indexOf("working_arrangements/meetings_per_year"), "many");
		Path csv = Files.writeString(dir.resolve("export.csv"), kobo.csv(rows));
		Path out = dir.resolve("out");

		CliRun run = CliRun.of("import-submissions", csv.toString(), "--out", out.toString(), "--assess");

		assertThat(run.exitCode()).isEqualTo(2);
		String meetings = questionnaire.question("meetings.per_year").orElseThrow().text();
		assertThat(run.err()).contains("row 4 (").contains("Question \"" + meetings + "\": expected a whole number")
			.contains("got \"many\"").doesNotContain("meetings.per_year").doesNotContain("Exception")
			.contains("2 row(s) imported and 1 refused");
		try (var files = Files.list(out)) {
			assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly(
					"portfolio.csv", "portfolio.md",
					"row-002-" + slugOf(rows.get(0), kobo) + ".json", "row-002-" + slugOf(rows.get(0), kobo) + ".md",
					"row-003-" + slugOf(rows.get(1), kobo) + ".json", "row-003-" + slugOf(rows.get(1), kobo) + ".md",
					"row-004-" + slugOf(rows.get(2), kobo) + ".json");
		}
		assertThat(Files.readString(out.resolve("portfolio.md"))).contains("2 LEG(s) assessed");
		assertThat(new AnswersReader().read(out.resolve("row-003-" + slugOf(rows.get(1), kobo) + ".json"))
			.answers()).isEqualTo(new AnswersReader().read(Path.of(EXAMPLES + "donor-chaired-no-tor.json")).answers());
	}

	@Test
	void inFrenchSaysTheRefusedRowsAndTheirProblemsInFrenchAndTheXlsFormWrittenToo(@TempDir Path dir) throws Exception {
		Questionnaire questionnaire = Questionnaire.load(Path.of("knowledge-base/questionnaire.json"));
		SurveyExport kobo = new SurveyExport(questionnaire, SurveyExport.Layout.KOBO);
		List<List<Object>> rows = new ArrayList<>();
		for (String name : List.of("crisis-setting", "established-leg")) {
			AnswersDocument document = new AnswersReader().read(Path.of(EXAMPLES + name + ".json"));
			rows.add(new ArrayList<>(kobo.row(document, rows.size() + 1)));
		}
		rows.get(0).set(kobo.header().indexOf("working_arrangements/meetings_per_year"), "beaucoup");
		rows.get(1).set(kobo.header().indexOf("leg/leg_name"), "");
		Path csv = Files.writeString(dir.resolve("export.csv"), kobo.csv(rows));

		CliRun run = CliRun.of("import-submissions", csv.toString(), "--out", dir.resolve("out").toString(),
				"--lang", "fr");

		assertThat(run.exitCode()).isEqualTo(2);
		// French puts a no-break space inside the quotation marks and before a colon
		assertThat(run.err().replaceAll("[\\u00a0\\u202f]", " ")).contains("Question « Combien de fois le groupe principal du GLPE s'est-il réuni au cours des "
				+ "douze derniers mois ? » : attendu un nombre entier").contains("reçu \"beaucoup\"")
			.contains("Le nom du GLPE : attendu").doesNotContain("expected").doesNotContain("got ")
			.doesNotContain("meetings.per_year");
		CliRun xlsform = CliRun.of("questionnaire", "--format", "xlsform", "--out", dir.resolve("leg.xlsx").toString(),
				"--lang", "fr");
		assertThat(xlsform.err().replaceAll("[\\u00a0\\u202f]", " ")).contains("XLSForm écrit dans").contains("le téléverser dans KoBoToolbox");
		assertThat(CliRun.of("import-submissions", dir.resolve("leg.xlsx").toString(), "--out",
				dir.resolve("out2").toString(), "--lang", "fr").err().replaceAll("[\\u00a0\\u202f]", " ")).contains("aucune colonne ne porte le nom d'une "
						+ "question du questionnaire");
	}

	private static String slugOf(List<Object> row, SurveyExport export) {
		return row.get(export.header().indexOf("leg/leg_name")).toString().toLowerCase().replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "").substring(0, 40).replaceAll("-$", "");
	}

}
