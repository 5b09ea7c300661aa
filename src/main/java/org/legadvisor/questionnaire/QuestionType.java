package org.legadvisor.questionnaire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a question is answered. Every type but free text also accepts {@link Answer#DONT_KNOW}. */
public enum QuestionType {

	/** yes, partly, no */
	@JsonProperty("yes_partly_no")
	YES_PARTLY_NO,

	/** a number within the question's min and max */
	@JsonProperty("number")
	NUMBER,

	/** exactly one of the question's options */
	@JsonProperty("single_choice")
	SINGLE_CHOICE,

	/** any of the question's options, as a list */
	@JsonProperty("multi_choice")
	MULTI_CHOICE,

	/** free text */
	@JsonProperty("text")
	TEXT

}
