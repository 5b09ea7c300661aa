package org.legadvisor.interchange.xlsform;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.legadvisor.interchange.Words;
import org.legadvisor.interchange.xlsform.XlsForm.ChoiceRow;
import org.legadvisor.interchange.xlsform.XlsForm.Settings;
import org.legadvisor.interchange.xlsform.XlsForm.SurveyRow;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.QuestionType;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.Questionnaire.Question;

/**
 * The questionnaire as an XLSForm for KoBoToolbox or ODK: the LEG's identity first (its name required), then one
 * group per section; choices carry "don't know" wherever the questionnaire accepts it; conditions become
 * {@code relevant}, ranges and checks between answers become {@code constraint} with a message in words.
 */
public final class XlsFormBuilder {

	/** The form's id in survey tools: stable across versions, so submissions of every version stay together. */
	public static final String FORM_ID = "leg_self_diagnosis";

	/** The shared list of every yes/partly/no question. */
	static final String YES_PARTLY_NO_LIST = "yes_partly_no";

	private final Questionnaire questionnaire;

	private final XlsFormNames names;

	public XlsFormBuilder(Questionnaire questionnaire) {
		this.questionnaire = questionnaire;
		this.names = new XlsFormNames(questionnaire);
	}

	public XlsForm build() {
		List<SurveyRow> survey = new ArrayList<>(legGroup());
		List<ChoiceRow> choices = new ArrayList<>(yesPartlyNoList());
		for (Questionnaire.Section section : questionnaire.sections()) {
			String group = XlsFormNames.toName(section.id());
			survey.add(row("begin_group", group, section.title(), section.intro(), "", "", "", ""));
			for (Question question : section.questions()) {
				survey.add(surveyRow(question));
				choices.addAll(choiceList(question));
			}
			survey.add(row("end_group", group, "", "", "", "", "", ""));
		}
		return new XlsForm(survey, choices, new Settings(questionnaire.title(), FORM_ID, questionnaire.version(),
				"${" + names.legNames().get(0) + "}"));
	}

	private List<SurveyRow> legGroup() {
		List<SurveyRow> rows = new ArrayList<>();
		rows.add(row("begin_group", XlsFormNames.LEG_GROUP, Words.get("form.leg.step"), Words.get("form.leg.intro"), "",
				"", "", ""));
		List<String> legNames = names.legNames();
		for (int i = 0; i < legNames.size(); i++) {
			String field = XlsFormNames.LEG_FIELDS.get(i);
			rows.add(row(field.equals("assessedOn") ? "date" : "text", legNames.get(i), Words.get("form.leg." + field),
					"", field.equals("name") ? "yes" : "", "", "", ""));
		}
		rows.add(row("end_group", XlsFormNames.LEG_GROUP, "", "", "", "", "", ""));
		return rows;
	}

	private SurveyRow surveyRow(Question question) {
		String name = names.name(question);
		String help = question.help() == null ? "" : question.help();
		return switch (question.type()) {
			case YES_PARTLY_NO -> row("select_one " + YES_PARTLY_NO_LIST, name, question.text(), help, "",
					relevant(question), "", "");
			case SINGLE_CHOICE -> row("select_one " + name, name, question.text(), help, "", relevant(question), "", "");
			case MULTI_CHOICE -> row("select_multiple " + name, name, question.text(), help, "", relevant(question),
					"not(selected(., '" + Answer.DONT_KNOW + "') and count-selected(.) > 1)",
					Words.format("xlsform.constraint.dontKnowAlone"));
			case NUMBER -> row(question.wholeNumber() ? "integer" : "decimal", name, question.text(),
					(help + " " + Words.get("xlsform.number.unknown")).strip(), "", relevant(question),
					numberConstraint(question), numberMessage(question));
			case TEXT -> row("text", name, question.text(), help, "", relevant(question), "", "");
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

	private String numberMessage(Question question) {
		String kind = Words.get(question.wholeNumber() ? "xlsform.number.whole" : "xlsform.number.any");
		String message = question.min() != null && question.max() != null
				? Words.format("xlsform.constraint.range", kind, figure(question.min()), figure(question.max()))
				: Words.format("xlsform.constraint.kind", kind);
		if (question.atMost() != null) {
			message += " " + Words.format("xlsform.constraint.atMost",
					questionnaire.question(question.atMost()).orElseThrow().text());
		}
		return message;
	}

	private List<ChoiceRow> yesPartlyNoList() {
		List<ChoiceRow> rows = new ArrayList<>();
		Answer.YES_PARTLY_NO.forEach(v -> rows.add(new ChoiceRow(YES_PARTLY_NO_LIST, v, Words.get("answer." + v))));
		rows.add(dontKnow(YES_PARTLY_NO_LIST));
		return rows;
	}

	private List<ChoiceRow> choiceList(Question question) {
		if (question.type() != QuestionType.SINGLE_CHOICE && question.type() != QuestionType.MULTI_CHOICE) {
			return List.of();
		}
		String list = names.name(question);
		List<ChoiceRow> rows = new ArrayList<>();
		question.options().forEach(o -> rows.add(new ChoiceRow(list, o.value(), o.label())));
		rows.add(dontKnow(list));
		return rows;
	}

	private static ChoiceRow dontKnow(String list) {
		return new ChoiceRow(list, Answer.DONT_KNOW, Words.get("answer." + Answer.DONT_KNOW));
	}

	private static SurveyRow row(String type, String name, String label, String hint, String required,
			String relevant, String constraint, String message) {
		return new SurveyRow(type, name, label, hint == null ? "" : hint, required, relevant, constraint, message);
	}

	private static String figure(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
