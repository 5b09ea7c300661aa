package org.legadvisor.memory.progress;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What changed between two rounds of a LEG (or two answers files): each principle's score and level before and
 * after, the findings resolved, new and persisting (matched by finding id), and the answers that changed.
 */
public record Progress(Side from, Side to, List<PrincipleChange> principles, List<FindingRef> resolved,
		@JsonProperty("new") List<FindingRef> added, List<FindingRef> persisting, List<AnswerChange> answersChanged) {

	/**
	 * One of the two rounds compared: its id (null for an answers file), what names it to a reader (the date it was
	 * entered, or the file), and the rule base that produced its report.
	 */
	public record Side(Long id, String label, String ruleBase) {
	}

	/** A principle before and after; {@code change} is the score's change, null when either side had too few answers. */
	public record PrincipleChange(String principle, String name, Standing before, Standing after, Integer change) {
	}

	/** A principle's score (null with too few answers) and maturity level, with its words. */
	public record Standing(Integer score, String level, String levelLabel) {
	}

	public record FindingRef(String id, String title, String severity, String principle) {
	}

	/** An answer given, changed or withdrawn: {@code before} or {@code after} is null where it was not given. */
	public record AnswerChange(String question, String questionText, JsonNode before, JsonNode after) {
	}

	public Progress {
		principles = List.copyOf(principles);
		resolved = List.copyOf(resolved);
		added = List.copyOf(added);
		persisting = List.copyOf(persisting);
		answersChanged = List.copyOf(answersChanged);
	}

}
