package org.legadvisor.interchange.submissions;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.legadvisor.language.Words;

/**
 * The submissions a survey tool exported: a header of column names and one row of cells per submission, every cell
 * as text. Read from CSV (comma or semicolon separated, as ODK Central and KoBoToolbox write it) or from the first
 * sheet of an .xlsx workbook (repeat groups, on later sheets, are not read).
 */
public record SubmissionTable(List<String> header, List<List<String>> rows) {

	public SubmissionTable {
		header = List.copyOf(header);
		rows = rows.stream().map(List::copyOf).toList();
	}

	/** The cell of a row under a column, empty when the row is shorter. */
	public String cell(List<String> row, int column) {
		return column < row.size() ? row.get(column).strip() : "";
	}

	/** The table of an export; a file that cannot be read is said in {@code words}. */
	public static SubmissionTable read(Path file, Words words) throws IOException, UnreadableSubmissionsException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx")) {
			return xlsx(file, words);
		}
		if (name.endsWith(".csv")) {
			return csv(file, words);
		}
		throw new UnreadableSubmissionsException(words.format("import.file.kind", file));
	}

	private static SubmissionTable csv(Path file, Words words) throws IOException, UnreadableSubmissionsException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		List<List<String>> records = new ArrayList<>();
		try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
			for (CSVRecord record : parser) {
				records.add(record.toList());
			}
		}
		catch (UncheckedIOException | IllegalStateException e) {
			throw new UnreadableSubmissionsException(words.format("import.file.csv", file,
					e.getMessage()));
		}
		return table(file, records, words);
	}

	private static SubmissionTable xlsx(Path file, Words words) throws IOException, UnreadableSubmissionsException {
		List<List<String>> records = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					cells.add(text(row.getCell(c), formatter));
				}
				records.add(cells);
			}
		}
		catch (UnsupportedFileFormatException | EmptyFileException e) {
			throw new UnreadableSubmissionsException(words.format("import.file.xlsx", file));
		}
		return table(file, records, words);
	}

	/** A date as the ISO date an answers file writes; a whole number without ".0"; anything else as shown. */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			double value = cell.getNumericCellValue();
			return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
					: String.valueOf(value);
		}
		if (cell.getCellType() == CellType.BOOLEAN) {
			return String.valueOf(cell.getBooleanCellValue());
		}
		return formatter.formatCellValue(cell);
	}

	private static SubmissionTable table(Path file, List<List<String>> records, Words words) throws UnreadableSubmissionsException {
		if (records.isEmpty()) {
			throw new UnreadableSubmissionsException(words.format("import.file.empty", file));
		}
		return new SubmissionTable(records.get(0).stream().map(String::strip).toList(), records.subList(1, records.size()));
	}

	private static long count(String line, char c) {
		return line.chars().filter(x -> x == c).count();
	}

}
