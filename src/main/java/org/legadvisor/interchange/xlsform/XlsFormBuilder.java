package org.legadvisor.interchange.xlsform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.legadvisor.interchange.xlsform.XlsForm.ChoiceRow;
import org.legadvisor.interchange.xlsform.XlsForm.Settings;
import org.legadvisor.interchange.xlsform.XlsForm.SurveyRow;
import org.legadvisor.interchange.xlsform.XlsForm.Texts;
import org.legadvisor.language.Language;
import org.legadvisor.language.Localized;
import org.legadvisor.language.Translator;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.QuestionType;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.Questionnaire.Question;

/**
 * The questionnaire as an XLSForm for KoBoToolbox or ODK: the LEG's identity first (its name required), then one
 * group per section; choices carry "don't know" wherever the questionnaire accepts it; conditions become
 * {@code relevant}, ranges and checks between answers become {@code constraint} with a message in words. Every text
 * is given in each language on offer, the respondent choosing among them in the survey tool; names, types and
 * expressions are the same in every language, so submissions in any of them import alike.
 */
public final class XlsFormBuilder {

	/** The form's id in survey tools: stable across versions, so submissions of every version stay together. */
	public static final String FORM_ID = "leg_self_diagnosis";

	/** The shared list of every yes/partly/no question. */
	static final String YES_PARTLY_NO_LIST = "yes_partly_no";

	/** The form's languages, the default first; their questionnaires differ in texts only. */
	private final List<Localized> languages;

	/** The default language's questionnaire, for the form's structure (ids, types, options, conditions). */
	private final Questionnaire questionnaire;

	private final XlsFormNames names;

	/** A form in the languages given, the first its default language. */
	public XlsFormBuilder(List<Localized> languages) {
		if (languages.isEmpty()) {
			throw new IllegalArgumentException("an XLSForm needs at least one language");
		}
		this.languages = List.copyOf(languages);
		this.questionnaire = languages.get(0).questionnaire();
		this.names = new XlsFormNames(questionnaire);
	}

	/** A form in every language the translator offers, {@code defaultLanguage} first, the others in code order. */
	public static XlsFormBuilder inEveryLanguage(Translator translator, Language defaultLanguage) {
		List<Localized> languages = new ArrayList<>(List.of(translator.in(defaultLanguage)));
		translator.languages().all().stream().filter(l -> !l.equals(languages.get(0).language()))
			.map(translator::in).forEach(languages::add);
		return new XlsFormBuilder(languages);
	}

	/** A language's name in XLSForm columns and settings: its own name and its code, {@code Français (fr)}. */
	static String columnName(Language language) {
		String name = language.locale().getDisplayLanguage(language.locale());
		return name.substring(0, 1).toUpperCase(language.locale()) + name.substring(1) + " (" + language.code() + ")";
	}

	public XlsForm build() {
		List<SurveyRow> survey = new ArrayList<>(legGroup());
		List<ChoiceRow> choices = new ArrayList<>(yesPartlyNoList());
		List<Questionnaire.Section> sections = questionnaire.sections();
		for (int s = 0; s < sections.size(); s++) {
			int index = s;
			String group = XlsFormNames.toName(sections.get(s).id());
			survey.add(group("begin_group", group, texts(l -> l.questionnaire().sections().get(index).title()),
					texts(l -> l.questionnaire().sections().get(index).intro())));
			for (Question question : sections.get(s).questions()) {
				survey.add(surveyRow(question));
				choices.addAll(choiceList(question));
			}
			survey.add(group("end_group", group, none(), none()));
		}
		String defaultLanguage = columnName(languages.get(0).language());
		return new XlsForm(languages.stream().map(l -> columnName(l.language())).toList(), survey, choices,
				new Settings(questionnaire.title(), FORM_ID, questionnaire.version(),
						"${" + names.legNames().get(0) + "}", defaultLanguage));
	}

	private List<SurveyRow> legGroup() {
		List<SurveyRow> rows = new ArrayList<>();
		rows.add(group("begin_group", XlsFormNames.LEG_GROUP, words("form.leg.step"), words("form.leg.intro")));
		List<String> legNames = names.legNames();
		for (int i = 0; i < legNames.size(); i++) {
			String field = XlsFormNames.LEG_FIELDS.get(i);
			boolean required = field.equals("name");
			rows.add(new SurveyRow(field.equals("assessedOn") ? "date" : "text", legNames.get(i),
					words("form.leg." + field), none(), required ? "yes" : "",
					required ? words("xlsform.required.legName") : none(), "", "", none()));
		}
		rows.add(group("end_group", XlsFormNames.LEG_GROUP, none(), none()));
		return rows;
	}

	private SurveyRow surveyRow(Question question) {
		String name = names.name(question);
		Texts label = texts(l -> question(l, question).text());
		Texts help = texts(l -> question(l, question).help());
		return switch (question.type()) {
			case YES_PARTLY_NO -> row("select_one " + YES_PARTLY_NO_LIST, name, label, help, relevant(question), "",
					none());
			case SINGLE_CHOICE -> row("select_one " + name, name, label, help, relevant(question), "", none());
			case MULTI_CHOICE -> row("select_multiple " + name, name, label, help, relevant(question),
					"not(selected(., '" + Answer.DONT_KNOW + "') and count-selected(.) > 1)",
					texts(l -> l.words().format("xlsform.constraint.dontKnowAlone")));
			case NUMBER -> row(question.wholeNumber() ? "integer" : "decimal", name, label,
					texts(l -> (text(question(l, question).help()) + " " + l.words().get("xlsform.number.unknown"))
						.strip()),
					relevant(question), numberConstraint(question), texts(l -> numberMessage(l, question)));
			case TEXT -> row("text", name, label, help, relevant(question), "", none());
		};
	}

	/** The question's condition: any of its values, read as a select_multiple's choice when the parent is one. */
	private String relevant(Question question) {
		if (question.showIf() == null) {
			return "";
		}
		Question parent = questionnaire.question(question.showIf().question()).orElseThrow();
		String ref = "${" + names.name(parent) + "}";
		boolean multiple = parent.type() == QuestionType.MULTI_CHOICE;
		return question.showIf().anyOf().stream()
			.map(value -> multiple ? "selected(" + ref + ", '" + value + "')" : ref + " = '" + value + "'")
			.collect(Collectors.joining(" or "));
	}

	private String numberConstraint(Question question) {
		List<String> parts = new ArrayList<>();
		if (question.min() != null) {
			parts.add(". >= " + figure(question.min()));
		}
		if (question.max() != null) {
			parts.add(". <= " + figure(question.max()));
		}
		if (question.atMost() != null) {
			parts.add(". <= ${" + names.name(question.atMost()) + "}");
		}
		return String.join(" and ", parts);
	}

	private static String numberMessage(Localized language, Question question) {
		var words = language.words();
		String kind = words.get(question.wholeNumber() ? "xlsform.number.whole" : "xlsform.number.any");
		String message = question.min() != null && question.max() != null
				? words.format("xlsform.constraint.range", kind, figure(question.min()), figure(question.max()))
				: words.format("xlsform.constraint.kind", kind);
		if (question.atMost() != null) {
			message += " " + words.format("xlsform.constraint.atMost",
					language.questionnaire().question(question.atMost()).orElseThrow().text());
		}
		return message;
	}

	private List<ChoiceRow> yesPartlyNoList() {
		List<ChoiceRow> rows = new ArrayList<>();
		Answer.YES_PARTLY_NO.forEach(v -> rows.add(new ChoiceRow(YES_PARTLY_NO_LIST, v, words("answer." + v))));
		rows.add(dontKnow(YES_PARTLY_NO_LIST));
		return rows;
	}

	private List<ChoiceRow> choiceList(Question question) {
		if (question.type() != QuestionType.SINGLE_CHOICE && question.type() != QuestionType.MULTI_CHOICE) {
			return List.of();
		}
		String list = names.name(question);
		List<ChoiceRow> rows = new ArrayList<>();
		for (Questionnaire.Option option : question.options()) {
			rows.add(new ChoiceRow(list, option.value(), texts(l -> question(l, question).options().stream()
				.filter(o -> o.value().equals(option.value())).findFirst().orElseThrow().label())));
		}
		rows.add(dontKnow(list));
		return rows;
	}

	private ChoiceRow dontKnow(String list) {
		return new ChoiceRow(list, Answer.DONT_KNOW, words("answer." + Answer.DONT_KNOW));
	}

	/** A text in every language of the form; a text a language lacks is empty. */
	private Texts texts(Function<Localized, String> text) {
		return new Texts(languages.stream().map(text).map(XlsFormBuilder::text).toList());
	}

	/** One of the product's own words, in every language of the form. */
	private Texts words(String key) {
		return texts(l -> l.words().get(key));
	}

	private Texts none() {
		return Texts.none(languages.size());
	}

	private static Question question(Localized language, Question question) {
		return language.questionnaire().question(question.id()).orElseThrow();
	}

	private SurveyRow group(String type, String name, Texts label, Texts hint) {
		return new SurveyRow(type, name, label, hint, "", none(), "", "", none());
	}

	private SurveyRow row(String type, String name, Texts label, Texts hint, String relevant, String constraint,
			Texts message) {
		return new SurveyRow(type, name, label, hint, "", none(), relevant, constraint, message);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String figure(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
