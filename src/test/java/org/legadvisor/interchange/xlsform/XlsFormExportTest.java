package org.legadvisor.interchange.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.language.Language;
import org.legadvisor.language.Translator;
import org.legadvisor.questionnaire.QuestionType;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * The exported workbook, read back with POI and held to the XLSForm rules that pyxform enforces: sheets and column
 * names (a text column per language, {@code label::Français (fr)}), types, choice lists, valid names, references
 * to existing names, and every language's texts complete.
 */
class XlsFormExportTest {

	private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");

	private static final Set<String> TYPES = Set.of("select_one", "select_multiple", "integer", "decimal", "date",
			"text", "begin_group", "end_group");

	private static final String EN = "English (en)";

	private static final String FR = "Français (fr)";

	/** A column of texts in one language: its name, two colons, the language's name and code in brackets. */
	private static final Pattern LANGUAGE_COLUMN = Pattern.compile(
			"(label|hint|required_message|constraint_message)::\\p{Lu}\\p{L}+ \\(([a-z]{2,3})\\)");

	private static Translator translator;

	private static Questionnaire questionnaire;

	private static List<Map<String, String>> survey;

	private static List<Map<String, String>> choices;

	private static List<Map<String, String>> settings;

	private static List<String> surveyHeader;

	private static List<String> choicesHeader;

	@BeforeAll
	static void exportAndReadBack() throws Exception {
		questionnaire = Questionnaire.load(Path.of("knowledge-base/questionnaire.json"));
		translator = new Translator(questionnaire, KnowledgeBase.load(Path.of("knowledge-base")));
		try (Workbook workbook = export(Language.ENGLISH)) {
			surveyHeader = header(workbook.getSheet("survey"));
			choicesHeader = header(workbook.getSheet("choices"));
			survey = rows(workbook.getSheet("survey"));
			choices = rows(workbook.getSheet("choices"));
			settings = rows(workbook.getSheet("settings"));
		}
	}

	private static Workbook export(Language defaultLanguage) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new XlsFormWriter().write(XlsFormBuilder.inEveryLanguage(translator, defaultLanguage).build(), bytes);
		return WorkbookFactory.create(new ByteArrayInputStream(bytes.toByteArray()));
	}

	@Test
	void hasTheSheetsAndColumnsXlsFormReadsWithEachTextColumnOncePerLanguage() {
		assertThat(surveyHeader).containsExactly("type", "name", "label::" + EN, "label::" + FR, "hint::" + EN,
				"hint::" + FR, "required", "required_message::" + EN, "required_message::" + FR, "relevant",
				"constraint", "constraint_message::" + EN, "constraint_message::" + FR);
		assertThat(choicesHeader).containsExactly("list_name", "name", "label::" + EN, "label::" + FR);
		List<String> languageColumns = new ArrayList<>(surveyHeader);
		languageColumns.addAll(choicesHeader);
		languageColumns.removeIf(c -> !c.contains("::"));
		assertThat(languageColumns).allMatch(c -> LANGUAGE_COLUMN.matcher(c).matches());
		assertThat(settings).singleElement().satisfies(s -> {
			assertThat(s.get("form_title")).isEqualTo(questionnaire.title());
			assertThat(s.get("form_id")).matches(XlsFormNames.VALID);
			assertThat(s.get("version")).isEqualTo(questionnaire.version());
			assertThat(s.get("default_language")).isEqualTo(EN);
		});
	}

	@Test
	void hasEveryTextInEveryLanguageOnOfferEachFromItsTranslation() {
		List<Language> offered = translator.languages().all();
		assertThat(offered).hasSizeGreaterThan(1);
		for (Language language : offered) {
			String suffix = "::" + XlsFormBuilder.columnName(language);
			Questionnaire translated = translator.in(language).questionnaire();
			for (Map<String, String> row : survey) {
				String where = row.get("name") + suffix;
				if (!row.get("type").equals("end_group")) {
					assertThat(row.get("label" + suffix)).as(where).isNotBlank();
				}
				assertThat(row.get("hint" + suffix).isBlank()).as(where).isEqualTo(row.get("hint::" + EN).isBlank());
				assertThat(row.get("constraint_message" + suffix).isBlank()).as(where)
					.isEqualTo(row.get("constraint").isBlank());
				assertThat(row.get("required_message" + suffix).isBlank()).as(where)
					.isEqualTo(row.get("required").isBlank());
				new XlsFormNames(questionnaire).questionId(row.get("name")).ifPresent(id -> assertThat(
						row.get("label" + suffix)).as(where).isEqualTo(translated.question(id).orElseThrow().text()));
			}
			assertThat(choices).allMatch(c -> !c.get("label" + suffix).isBlank());
		}
		// French is French: the question texts differ from the English ones.
		assertThat(survey.stream().filter(r -> !r.get("label::" + FR).equals(r.get("label::" + EN))).count())
			.isGreaterThan(survey.size() / 2);
	}

	@Test
	void aFormWhoseDefaultLanguageIsFrenchPutsFrenchFirstWithTheSameNames() throws Exception {
		try (Workbook workbook = export(new Language("fr"))) {
			assertThat(header(workbook.getSheet("survey")).subList(2, 4)).containsExactly("label::" + FR, "label::" + EN);
			assertThat(rows(workbook.getSheet("settings")).get(0).get("default_language")).isEqualTo(FR);
			assertThat(rows(workbook.getSheet("survey")).stream().map(r -> r.get("name")).toList())
				.containsExactlyElementsOf(survey.stream().map(r -> r.get("name")).toList());
		}
	}

	@Test
	void namesEveryQuestionOnceWithAValidNameThatLeadsBackToItsId() {
		XlsFormNames names = new XlsFormNames(questionnaire);
		List<String> questionNames = survey.stream().filter(r -> !r.get("type").endsWith("_group"))
			.map(r -> r.get("name")).toList();
		assertThat(questionNames).doesNotHaveDuplicates().allMatch(n -> XlsFormNames.VALID.matcher(n).matches());
		for (Questionnaire.Question question : questionnaire.questions()) {
			assertThat(questionNames).contains(names.name(question));
			assertThat(names.questionId(names.name(question))).contains(question.id());
		}
		assertThat(questionNames).hasSize(questionnaire.questions().size() + XlsFormNames.LEG_FIELDS.size());
	}

	@Test
	void givesEachQuestionTheTypeOfItsAnswersAndEverySelectAListThatExists() {
		Set<String> lists = new HashSet<>();
		choices.forEach(c -> lists.add(c.get("list_name")));
		for (Map<String, String> row : survey) {
			String[] type = row.get("type").split(" ");
			assertThat(TYPES).as(row.get("name")).contains(type[0]);
			if (type[0].startsWith("select_")) {
				assertThat(type).hasSize(2);
				assertThat(lists).as("list of " + row.get("name")).contains(type[1]);
			}
		}
		Map<String, String> types = typesByName();
		assertThat(types.get("members_active")).isEqualTo("integer");
		assertThat(types.get("tor_covers")).isEqualTo("select_multiple tor_covers");
		assertThat(types.get("tor_exists")).isEqualTo("select_one yes_partly_no");
		assertThat(types.get("context_notes")).isEqualTo("text");
		assertThat(types.get("leg_assessed_on")).isEqualTo("date");
	}

	@Test
	void opensAndClosesOneGroupPerSectionAfterTheLegsIdentity() {
		List<String> begun = survey.stream().filter(r -> r.get("type").equals("begin_group")).map(r -> r.get("name"))
			.toList();
		List<String> expected = new ArrayList<>(List.of("leg"));
		questionnaire.sections().forEach(s -> expected.add(XlsFormNames.toName(s.id())));
		assertThat(begun).containsExactlyElementsOf(expected);
		int depth = 0;
		for (Map<String, String> row : survey) {
			depth += row.get("type").equals("begin_group") ? 1 : row.get("type").equals("end_group") ? -1 : 0;
			assertThat(depth).isBetween(0, 1);
		}
		assertThat(depth).isZero();
	}

	@Test
	void offersDontKnowWhereverTheQuestionnaireAcceptsItAndChoiceNamesHaveNoSpaces() {
		for (Questionnaire.Question question : questionnaire.questions()) {
			if (question.type() == QuestionType.SINGLE_CHOICE || question.type() == QuestionType.MULTI_CHOICE) {
				String list = new XlsFormNames(questionnaire).name(question);
				List<String> names = choices.stream().filter(c -> c.get("list_name").equals(list)).map(c -> c.get("name"))
					.toList();
				assertThat(names).as(list).contains("dont_know").doesNotHaveDuplicates()
					.containsAll(question.options().stream().map(Questionnaire.Option::value).toList());
			}
		}
		assertThat(choices).allMatch(c -> !c.get("name").contains(" ") && !c.get("label::" + EN).isBlank());
		assertThat(choices.stream().filter(c -> c.get("list_name").equals("yes_partly_no")).map(c -> c.get("name")))
			.containsExactly("yes", "partly", "no", "dont_know");
	}

	@Test
	void relevanceAndConstraintsReferToQuestionsOfTheFormAndFollowTheConditions() {
		Map<String, String> types = typesByName();
		for (Map<String, String> row : survey) {
			for (String column : List.of("relevant", "constraint")) {
				Matcher ref = REFERENCE.matcher(row.get(column));
				while (ref.find()) {
					assertThat(types).as(row.get("name") + " " + column).containsKey(ref.group(1));
				}
			}
			assertThat(row.get("constraint").isEmpty()).as(row.get("name")).isEqualTo(row.get("constraint_message::" + EN).isEmpty());
		}
		Map<String, Map<String, String>> byName = new LinkedHashMap<>();
		survey.forEach(r -> byName.put(r.get("name"), r));
		assertThat(byName.get("tor_covers").get("relevant")).isEqualTo("${tor_exists} = 'yes' or ${tor_exists} = 'partly'");
		assertThat(byName.get("members_active").get("constraint"))
			.isEqualTo(". >= 0 and . <= 300 and . <= ${members_total}");
		assertThat(byName.get("members_active").get("constraint_message::" + EN)).contains("from 0 to 300")
			.contains(questionnaire.question("members.total").orElseThrow().text());
		assertThat(byName.get("priorities_focus").get("constraint")).contains("selected(., 'dont_know')");
		assertThat(byName.get("leg_name").get("required")).isEqualTo("yes");
		assertThat(survey.stream().filter(r -> r.get("required").equals("yes"))).hasSize(1);
		long conditional = questionnaire.questions().stream().filter(q -> q.showIf() != null).count();
		assertThat(survey.stream().filter(r -> !r.get("relevant").isEmpty())).hasSize((int) conditional);
	}

	private static Map<String, String> typesByName() {
		Map<String, String> types = new LinkedHashMap<>();
		survey.stream().filter(r -> !r.get("type").endsWith("_group")).forEach(r -> types.put(r.get("name"), r.get("type")));
		return types;
	}

	private static List<String> header(Sheet sheet) {
		List<String> names = new ArrayList<>();
		sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
		return names;
	}

	private static List<Map<String, String>> rows(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		List<String> header = header(sheet);
		List<Map<String, String>> rows = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			Map<String, String> cells = new LinkedHashMap<>();
			for (int c = 0; c < header.size(); c++) {
				cells.put(header.get(c), row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
			}
			rows.add(cells);
		}
		return rows;
	}

}
