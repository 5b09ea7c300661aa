package org.legadvisor.questionnaire;

import java.util.List;
import java.util.Set;

/**
 * A validated answer, the fact the rules read. {@code value} is set for every answer (the number as text for a
 * number, the choices joined for a multiple choice, or {@value #DONT_KNOW}); {@code number} only for numbers;
 * {@code choices} only for multiple choices.
 */
public record Answer(String question, String value, Double number, Set<String> choices, boolean commonKnowledge) {

	/** The answer "don't know", accepted for every question type but free text. */
	public static final String DONT_KNOW = "dont_know";

	/** The values a yes/partly/no question takes, besides {@value #DONT_KNOW}. */
	public static final List<String> YES_PARTLY_NO = List.of("yes", "partly", "no");

	public Answer {
		choices = choices == null ? Set.of() : Set.copyOf(choices);
	}

	public boolean unknown() {
		return DONT_KNOW.equals(value);
	}

}
