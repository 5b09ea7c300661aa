package org.legadvisor.interchange.submissions;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.interchange.xlsform.XlsForm;
import org.legadvisor.interchange.xlsform.XlsFormBuilder;
import org.legadvisor.interchange.xlsform.XlsFormNames;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.language.Language;
import org.legadvisor.language.Translator;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * Answers documents laid out as a survey tool exports the submissions of our XLSForm: the columns are read off
 * the exported form itself (groups and names), metadata columns before and after, as KoBoToolbox
 * ({@code group/question}, semicolons, select_multiple also split per option with 1/0) or ODK Central
 * ({@code group-question}, commas, select_multiple split per option with true/false only) writes them.
 */
public final class SurveyExport {

	public enum Layout { KOBO, ODK_CENTRAL }

	private final Layout layout;

	private final List<String> header = new ArrayList<>();

	/** For each column: a question id, "leg.FIELD", "ID OPTION" for one option of a multiple choice, or null. */
	private final List<String> sources = new ArrayList<>();

	public SurveyExport(Questionnaire questionnaire, Layout layout) {
		this.layout = layout;
		// The form as leg-advisor questionnaire --format xlsform writes it: in every language, the names unchanged.
		XlsForm form = XlsFormBuilder.inEveryLanguage(
				new Translator(questionnaire, KnowledgeBase.load(AdvisorFixture.KNOWLEDGE_BASE)), Language.ENGLISH)
			.build();
		XlsFormNames names = new XlsFormNames(questionnaire);
		String separator = layout == Layout.KOBO ? "/" : "-";
		column(layout == Layout.KOBO ? "start" : "SubmissionDate", null);
		String group = "";
		for (XlsForm.SurveyRow row : form.survey()) {
			if (row.type().equals("begin_group")) {
				group = row.name();
				continue;
			}
			if (row.type().equals("end_group")) {
				continue;
			}
			String path = group + separator + row.name();
			String id = names.questionId(row.name()).orElseGet(() -> "leg." + names.legField(row.name()).orElseThrow());
			if (!row.type().startsWith("select_multiple") || layout == Layout.KOBO) {
				column(path, id);
			}
			if (row.type().startsWith("select_multiple")) {
				String list = row.type().split(" ")[1];
				form.choices().stream().filter(c -> c.listName().equals(list))
					.forEach(c -> column(path + "/" + c.name(), id + " " + c.name()));
			}
		}
		if (layout == Layout.KOBO) {
			List.of("meta/instanceID", "_id", "_uuid", "_submission_time", "__version__").forEach(h -> column(h, null));
		}
		else {
			List.of("meta-instanceID", "KEY", "SubmitterName", "ReviewState").forEach(h -> column(h, null));
		}
	}

	private void column(String name, String source) {
		header.add(name);
		sources.add(source);
	}

	public List<String> header() {
		return header;
	}

	/** The cells of one submission: answers as the survey tool writes them, metadata made up. */
	public List<Object> row(AnswersDocument document, int index) {
		Map<String, String> leg = new LinkedHashMap<>();
		leg.put("leg.name", document.leg().name());
		leg.put("leg.country", document.leg().country());
		leg.put("leg.assessedOn", document.leg().assessedOn());
		leg.put("leg.respondent", document.leg().respondent());
		List<Object> cells = new ArrayList<>();
		for (int c = 0; c < header.size(); c++) {
			String source = sources.get(c);
			if (source == null) {
				cells.add(header.get(c).contains("uuid") || header.get(c).contains("instanceID")
						? "uuid:00000000-0000-0000-0000-" + String.format("%012d", index) : String.valueOf(index));
			}
			else if (leg.containsKey(source)) {
				cells.add(leg.get(source) == null ? "" : leg.get(source));
			}
			else if (source.contains(" ")) {
				cells.add(option(document.answers().get(source.split(" ")[0]), source.split(" ")[1]));
			}
			else {
				cells.add(whole(document.answers().get(source)));
			}
		}
		return cells;
	}

	private Object whole(JsonNode answer) {
		if (answer == null) {
			return "";
		}
		if (answer.isArray()) {
			List<String> chosen = new ArrayList<>();
			answer.forEach(choice -> chosen.add(choice.asText()));
			return String.join(" ", chosen);
		}
		return answer.isNumber() ? answer.numberValue() : answer.asText();
	}

	private Object option(JsonNode answer, String option) {
		if (answer == null) {
			return "";
		}
		boolean chosen = answer.isArray() ? StreamSupport.stream(answer.spliterator(), false)
			.anyMatch(c -> c.asText().equals(option)) : answer.asText().equals(option);
		return layout == Layout.KOBO ? (chosen ? "1" : "0") : (chosen ? "true" : "false");
	}

	public String csv(List<List<Object>> rows) throws IOException {
		StringWriter out = new StringWriter();
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(layout == Layout.KOBO ? ';' : ',').get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			printer.printRecord(header);
			for (List<Object> row : rows) {
				printer.printRecord(row);
			}
		}
		return out.toString();
	}

	void xlsx(List<List<Object>> rows, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("LEG self-diagnosis");
			Row first = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				first.createCell(c).setCellValue(header.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object cell = rows.get(r).get(c);
					if (cell instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (!cell.toString().isEmpty()) {
						row.createCell(c).setCellValue(cell.toString());
					}
				}
			}
			workbook.write(out);
		}
	}

}
