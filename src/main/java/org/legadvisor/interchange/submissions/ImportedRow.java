package org.legadvisor.interchange.submissions;

import java.util.List;

import org.legadvisor.questionnaire.AnswersDocument;

/**
 * One submission read from an export: its row as a spreadsheet numbers it (the header is row 1), its answers
 * document, and the problems that keep it from being assessed, in words (none when it is valid).
 */
public record ImportedRow(int row, AnswersDocument document, List<String> problems) {

	public ImportedRow {
		problems = List.copyOf(problems);
	}

	public boolean valid() {
		return problems.isEmpty();
	}

	/** The LEG's name as given, or empty when the row has none. */
	public String legName() {
		return document.leg() == null || document.leg().name() == null ? "" : document.leg().name();
	}

}
