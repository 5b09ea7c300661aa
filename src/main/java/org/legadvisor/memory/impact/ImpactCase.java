package org.legadvisor.memory.impact;

import java.io.IOException;

import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;

/**
 * One answers document to run on both rule bases: a stored round (its {@code group} is the LEG's name) or a bundled
 * example or scenario ({@code group} null). {@code label} names it to a reader, never by an id. The answers are read
 * when the case runs, so that reading them is shared out among the threads as well.
 */
public record ImpactCase(String group, String label, Answers answers) {

	/** Reads the case's answers document. */
	@FunctionalInterface
	public interface Answers {

		AnswersDocument read() throws IOException, InvalidAnswersException;

	}

	public boolean stored() {
		return group != null;
	}

}
