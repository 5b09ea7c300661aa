package org.legadvisor.interchange.xlsform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A questionnaire as an XLSForm: the rows of its {@code survey}, {@code choices} and {@code settings} sheets, each
 * cell under its XLSForm column name. Every text a respondent reads is in each of the form's {@code languages} (their
 * XLSForm names, {@code English (en)}, {@code Français (fr)}), the first the form's default: a text column is
 * written once per language, {@code label::English (en)}, {@code label::Français (fr)}. Empty cells are empty
 * strings.
 */
public record XlsForm(List<String> languages, List<SurveyRow> survey, List<ChoiceRow> choices, Settings settings) {

	/** The columns of the survey sheet, a text column standing for one column per language. */
	private static final List<String> SURVEY_COLUMNS = List.of("type", "name", "label", "hint", "required",
			"required_message", "relevant", "constraint", "constraint_message");

	/** The survey's columns of texts a respondent reads, one per language. */
	public static final List<String> SURVEY_TEXTS = List.of("label", "hint", "required_message", "constraint_message");

	private static final List<String> CHOICES_COLUMNS = List.of("list_name", "name", "label");

	public static final List<String> SETTINGS_COLUMNS = List.of("form_title", "form_id", "version", "instance_name",
			"default_language");

	public XlsForm {
		languages = List.copyOf(languages);
		survey = List.copyOf(survey);
		choices = List.copyOf(choices);
	}

	/** A text in each of the form's languages, in their order. */
	public record Texts(List<String> byLanguage) {

		public Texts {
			byLanguage = List.copyOf(byLanguage);
		}

		/** No text, in any of {@code languages} languages. */
		static Texts none(int languages) {
			return new Texts(Collections.nCopies(languages, ""));
		}

		/** The text in the form's default language. */
		public String first() {
			return byLanguage.get(0);
		}

	}

	/** One row of the survey sheet. */
	public record SurveyRow(String type, String name, Texts label, Texts hint, String required, Texts requiredMessage,
			String relevant, String constraint, Texts constraintMessage) {

		List<Object> cells() {
			return List.of(type, name, label, hint, required, requiredMessage, relevant, constraint, constraintMessage);
		}

	}

	/** One row of the choices sheet. */
	public record ChoiceRow(String listName, String name, Texts label) {

		List<Object> cells() {
			return List.of(listName, name, label);
		}

	}

	/** The settings: {@code defaultLanguage} is the language of the form's first text column. */
	public record Settings(String formTitle, String formId, String version, String instanceName,
			String defaultLanguage) {

		List<Object> cells() {
			return List.of(formTitle, formId, version, instanceName, defaultLanguage);
		}

	}

	/** The survey sheet's column names, a text column once per language ({@code label::English (en)}...). */
	public List<String> surveyColumns() {
		return columns(SURVEY_COLUMNS);
	}

	public List<String> choicesColumns() {
		return columns(CHOICES_COLUMNS);
	}

	List<List<String>> surveyCells() {
		return survey.stream().map(row -> expand(row.cells())).toList();
	}

	List<List<String>> choicesCells() {
		return choices.stream().map(row -> expand(row.cells())).toList();
	}

	List<String> settingsCells() {
		return expand(settings.cells());
	}

	private List<String> columns(List<String> names) {
		List<String> columns = new ArrayList<>();
		for (String name : names) {
			if (SURVEY_TEXTS.contains(name)) {
				languages.forEach(language -> columns.add(name + "::" + language));
			}
			else {
				columns.add(name);
			}
		}
		return columns;
	}

	private static List<String> expand(List<Object> cells) {
		List<String> expanded = new ArrayList<>();
		for (Object cell : cells) {
			if (cell instanceof Texts texts) {
				expanded.addAll(texts.byLanguage());
			}
			else {
				expanded.add((String) cell);
			}
		}
		return expanded;
	}

}
