package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficeReportCommandTest {

	private static final String EXAMPLE = "knowledge-base/examples/crisis-setting.json";

	@Test
	void writesAWordDocumentCarryingTheLegsName(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("report.docx");

		CliRun run = CliRun.of("assess", EXAMPLE, "--format", "docx", "--out", file.toString());

		assertThat(run.exitCode()).isZero();
		try (XWPFDocument document = new XWPFDocument(java.nio.file.Files.newInputStream(file))) {
			assertThat(new XWPFWordExtractor(document).getText()).contains("Education Sector Working Group of Corvasia");
		}
	}

	@Test
	void writesAWorkbookOfAtLeastThreeSheets(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("report.xlsx");

		CliRun run = CliRun.of("assess", EXAMPLE, "--format", "xlsx", "--out", file.toString());

		assertThat(run.exitCode()).isZero();
		try (XSSFWorkbook workbook = new XSSFWorkbook(java.nio.file.Files.newInputStream(file))) {
			assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void refusesToPrintAWordDocumentOnTheTerminal() {
		CliRun run = CliRun.of("assess", EXAMPLE, "--format", "docx");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("add --out FILE.docx");
	}

}
