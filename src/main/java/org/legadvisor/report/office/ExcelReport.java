package org.legadvisor.report.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.legadvisor.language.Words;
import org.legadvisor.report.Report;

/**
 * The report as an Excel workbook, one sheet per table: principle scores, findings, the actions with empty Owner,
 * Due date and Status columns for the LEG's own plan, and the answers the report cites. Scores and ranks are numbers,
 * so the LEG can sort and chart them; the principles sheet charts its scores as bars.
 */
public final class ExcelReport {

	/** The principles sheet's chart starts one column after its table. */
	private static final int CHART_COLUMN = 6;

	public byte[] write(Report report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			Words words = report.words();
			Sheet principles = sheet(workbook, words.get("office.sheet.principles"), ReportTables.principles(report),
					header);
			scoreChart(principles, report.profile().size(), words.get("report.profile"));
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

	private static Sheet sheet(XSSFWorkbook workbook, String name, ReportTables.Table table,
			CellStyle headerStyle) {
		Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
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
		return sheet;
	}

	/**
	 * A bar per principle, its score out of 100, beside the table of the principles sheet and drawn from its cells
	 * (names in column A, scores in column B), so that the chart follows the LEG's own edits. A principle too little
	 * answered to be scored has an empty cell, hence no bar.
	 */
	private static void scoreChart(Sheet sheet, int principles, String title) {
		XSSFDrawing drawing = ((XSSFSheet) sheet).createDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, 1, CHART_COLUMN + 8,
				Math.max(18, principles + 4));
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		XDDFCategoryAxis names = chart.createCategoryAxis(AxisPosition.LEFT);
		// The first principle at the top, as in the table.
		names.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis scores = chart.createValueAxis(AxisPosition.BOTTOM);
		scores.setMinimum(0);
		scores.setMaximum(100);
		scores.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, names, scores);
		bars.setBarDirection(BarDirection.BAR);
		bars.setVaryColors(false);
		XDDFChartData.Series series = bars.addSeries(
				XDDFDataSourcesFactory.fromStringCellRange((XSSFSheet) sheet, new CellRangeAddress(1, principles, 0, 0)),
				XDDFDataSourcesFactory.fromNumericCellRange((XSSFSheet) sheet, new CellRangeAddress(1, principles, 1, 1)));
		series.setTitle(sheet.getRow(0).getCell(1).getStringCellValue(),
				new CellReference(sheet.getSheetName(), 0, 1, true, true));
		chart.plot(bars);
	}

}
