package org.legadvisor.interchange.xlsform;

import java.util.List;

/**
 * A questionnaire as an XLSForm: the rows of its {@code survey}, {@code choices} and {@code settings} sheets, each
 * cell under its XLSForm column name. Empty cells are empty strings.
 */
public record XlsForm(List<SurveyRow> survey, List<ChoiceRow> choices, Settings settings) {

	public static final List<String> SURVEY_COLUMNS = List.of("type", "name", "label", "hint", "required", "relevant",
			"constraint", "constraint_message");

	public static final List<String> CHOICES_COLUMNS = List.of("list_name", "name", "label");

	public static final List<String> SETTINGS_COLUMNS = List.of("form_title", "form_id", "version", "instance_name");

	public XlsForm {
		survey = List.copyOf(survey);
		choices = List.copyOf(choices);
	}

	/** One row of the survey sheet, in the order of {@link #SURVEY_COLUMNS}. */
	public record SurveyRow(String type, String name, String label, String hint, String required, String relevant,
			String constraint, String constraintMessage) {

		List<String> cells() {
			return List.of(type, name, label, hint, required, relevant, constraint, constraintMessage);
		}

	}

	/** One row of the choices sheet. */
	public record ChoiceRow(String listName, String name, String label) {

		List<String> cells() {
			return List.of(listName, name, label);
		}

	}

	public record Settings(String formTitle, String formId, String version, String instanceName) {

		List<String> cells() {
			return List.of(formTitle, formId, version, instanceName);
		}

	}

}
