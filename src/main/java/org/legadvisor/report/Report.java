package org.legadvisor.report;

import java.util.List;
import java.util.Map;

import org.legadvisor.language.Language;
import org.legadvisor.language.Words;
import org.legadvisor.plan.RankReason;
import org.legadvisor.questionnaire.AnswersDocument;

/**
 * An assessment as a reader sees it: every id resolved to its words, in the order of reading, in one
 * {@code language} (its code: {@code en}, {@code fr}); the free-text answers as typed. This is also the JSON document
 * of {@code assess --format json}.
 */
public record Report(AnswersDocument.Leg leg, String questionnaireVersion, RuleBaseInfo ruleBase, Summary summary,
		ContextSection context, RankingItem ranking, List<NoteItem> notes, List<PrincipleItem> profile,
		List<ActionItem> actions, List<FindingItem> findings, List<ThresholdItem> adjustedThresholds,
		String language) {

	/** The words of the report's language, for a format to write its headings in. */
	@com.fasterxml.jackson.annotation.JsonIgnore
	public Words words() {
		return Words.in(new Language(language));
	}

	public record RuleBaseInfo(String version, String loadedAt) {
	}

	/**
	 * The counts, and the headline in words: how many areas to strengthen, or that none was found, or, when most
	 * principles had too few answers to assess, that the answers were too few to say; {@code caution} (null if every
	 * principle was assessed) names the principles left unassessed.
	 */
	public record Summary(int findings, int actions, Map<String, Integer> bySeverity, Map<String, Integer> byPrinciple,
			Map<String, Integer> byChallenge, int principles, int principlesAssessed, String headline,
			String caution) {
	}

	/**
	 * The context the reading took into account, said first: {@code intro} in words, then each context signal with
	 * the answers that set it and what it changed (the findings weighed for it).
	 */
	public record ContextSection(String intro, List<ContextNote> items) {
	}

	/** One context signal: its words, the answers behind it, the findings weighed for it and that effect in words. */
	public record ContextNote(String id, String label, List<EvidenceItem> from, List<String> findings, String effect) {
	}

	/**
	 * The ranking the actions follow: {@code kind} is {@code default} or {@code focus} (adjusted for the principles
	 * the LEG chose, {@code focus}); {@code description} says it in words and {@code adjustments} the raises in force.
	 */
	public record RankingItem(String kind, List<String> focus, String description, List<String> adjustments) {
	}

	/** A free-text answer, shown to readers as written: the question's id and words, and the text. */
	public record NoteItem(String question, String questionText, String text) {
	}

	/**
	 * A principle's score and maturity level (score null with too few answers): {@code fromAnswers} is the mean grade
	 * of its answers and {@code penalty} what its findings took off; {@code dontKnow} counts its "don't know" answers.
	 */
	public record PrincipleItem(String principle, String name, Integer score, String level, String levelLabel,
			int answered, int applicable, int findings, int dontKnow, Integer fromAnswers, int penalty) {
	}

	/** {@code responsible} and {@code horizon} are codes; the labels are their words. */
	public record ActionItem(int rank, String id, String title, String what, String firstStep, String responsible,
			String responsibleLabel, String horizon, String horizonLabel, List<String> elements, String section,
			List<String> because, int score, List<RankReason> reasons, BasisItem basis) {
	}

	/** {@code rule} is the name of the rule that concluded the finding; the name reads as its title. */
	public record FindingItem(String id, String rule, String title, String severity, String challenge,
			String challengeName, String principle, String principleName, List<String> elements, String section,
			List<EvidenceItem> evidence, List<ContextItem> context, List<String> actions, BasisItem basis,
			List<ThresholdItem> thresholds) {
	}

	/**
	 * Where a finding or action rests: {@code text} as written ("Part III, principle 1, element 2" or
	 * "practice: ..."); {@code practice} when the paper is silent; {@code words} the reference, or the practice's reason.
	 */
	public record BasisItem(String text, boolean practice, String words) {
	}

	/**
	 * A figure a finding was measured against: its value in force ({@code value}), the knowledge base's, whether the LEG
	 * adjusted it, and whether it is common practice (with its reason) or the paper's. {@code text} says it all in
	 * words: "4 core-group meetings a year (common practice: ...)".
	 */
	public record ThresholdItem(String id, String label, double value, double knowledgeBaseValue, boolean adjusted,
			boolean practice, String basis, String reason, String text) {
	}

	public record EvidenceItem(String question, String questionText, String answer, String answerLabel) {
	}

	public record ContextItem(String id, String label) {
	}

}
