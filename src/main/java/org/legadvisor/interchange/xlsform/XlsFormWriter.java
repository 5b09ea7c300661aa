package org.legadvisor.interchange.xlsform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes an {@link XlsForm} as the .xlsx workbook survey tools upload: sheets survey, choices and settings. */
public final class XlsFormWriter {

	public void write(XlsForm form, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			sheet(workbook, "survey", form.surveyColumns(), form.surveyCells(), header);
			sheet(workbook, "choices", form.choicesColumns(), form.choicesCells(), header);
			sheet(workbook, "settings", XlsForm.SETTINGS_COLUMNS, List.of(form.settingsCells()), header);
			workbook.write(out);
		}
	}

	private static void sheet(XSSFWorkbook workbook, String name, List<String> columns, List<List<String>> rows,
			CellStyle headerStyle) {
		Sheet sheet = workbook.createSheet(name);
		Row header = sheet.createRow(0);
		for (int c = 0; c < columns.size(); c++) {
			header.createCell(c).setCellValue(columns.get(c));
			header.getCell(c).setCellStyle(headerStyle);
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<String> cells = rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				if (!cells.get(c).isEmpty()) {
					row.createCell(c).setCellValue(cells.get(c));
				}
			}
		}
		sheet.createFreezePane(0, 1);
	}

}
