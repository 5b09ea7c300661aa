package org.legadvisor.report.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.legadvisor.language.Words;
import org.legadvisor.report.Report;

/**
 * The report as an Excel workbook, one sheet per table: principle scores, findings, the actions with empty Owner,
 * Due date and Status columns for the LEG's own plan, and the answers the report cites. Scores and ranks are numbers,
 * so the LEG can sort and chart them.
 */
public final class ExcelReport {

	public byte[] write(Report report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			Words words = report.words();
			sheet(workbook, words.get("office.sheet.principles"), ReportTables.principles(report), header);
			sheet(workbook, words.get("office.sheet.findings"), ReportTables.findings(report), header);
			sheet(workbook, words.get("office.sheet.actions"), ReportTables.actions(report, true), header);
			sheet(workbook, words.get("office.sheet.answers"), ReportTables.answers(report), header);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void sheet(XSSFWorkbook workbook, String name, ReportTables.Table table,
			CellStyle headerStyle) {
		Sheet sheet = workbook.createSheet(name);
		Row header = sheet.createRow(0);
		for (int c = 0; c < table.header().size(); c++) {
			header.createCell(c).setCellValue(table.header().get(c));
			header.getCell(c).setCellStyle(headerStyle);
		}
		for (int r = 0; r < table.rows().size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<Object> cells = table.rows().get(r);
			for (int c = 0; c < cells.size(); c++) {
				if (cells.get(c) instanceof Number number) {
					row.createCell(c).setCellValue(number.doubleValue());
				}
				else if (!cells.get(c).toString().isEmpty()) {
					row.createCell(c).setCellValue(cells.get(c).toString());
				}
			}
		}
		sheet.createFreezePane(0, 1);
		for (int c = 0; c < table.header().size(); c++) {
			sheet.setColumnWidth(c, Math.min(60, Math.max(12, table.header().get(c).length() + 4)) * 256);
		}
	}

}
