package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsFormCommandTest {

	@Test
	void writesTheQuestionnaireAsAnXlsFormWorkbookWithSurveyChoicesAndSettings(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("leg.xlsx");

		CliRun run = CliRun.of("questionnaire", "--format", "xlsform", "--out", file.toString());

		assertThat(run.exitCode()).isZero();
		assertThat(run.err()).contains("XLSForm written to " + file);
		try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).containsExactly("survey", "choices", "settings");
			assertThat(workbook.getSheet("survey").getRow(2).getCell(1).getStringCellValue()).isEqualTo("leg_name");
		}
	}

	@Test
	void writesEveryLanguageWithTheChosenOneAsTheFormsDefault(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("leg.xlsx");

		CliRun run = CliRun.of("questionnaire", "--lang", "fr", "--format", "xlsform", "--out", file.toString());

		assertThat(run.exitCode()).isZero();
		try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
			assertThat(workbook.getSheet("survey").getRow(0).getCell(2).getStringCellValue())
				.isEqualTo("label::Français (fr)");
			assertThat(workbook.getSheet("survey").getRow(0).getCell(3).getStringCellValue())
				.isEqualTo("label::English (en)");
			assertThat(workbook.getSheet("settings").getRow(1).getCell(4).getStringCellValue()).isEqualTo("Français (fr)");
		}
	}

	@Test
	void refusesToPrintAWorkbookOnTheTerminal() {
		CliRun run = CliRun.of("questionnaire", "--format", "xlsform");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("add --out FILE.xlsx").doesNotContain("Exception");
	}

}
