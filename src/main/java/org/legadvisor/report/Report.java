package org.legadvisor.report;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
		List<EvidenceItem> answers, String language) {

	/** How many actions the summary puts first. */
	public static final int TOP_ACTIONS = 5;

	/** The actions the summary lists, the first {@value #TOP_ACTIONS} by rank (not a JSON field: a slice of actions). */
	public List<ActionItem> topActions() {
		return actions.subList(0, Math.min(TOP_ACTIONS, actions.size()));
	}

	/** The words of the report's language, for a format to write its headings in (not a JSON field). */
	@JsonIgnore
	public Words words() {
		return Words.in(new Language(language));
	}

	public record RuleBaseInfo(String version, String loadedAt) {
	}

	/**
	 * The counts, and the headline in words: how many areas to strengthen, or that none was found, or, when most
	 * principles had too few answers to assess, that the answers were too few to say; {@code caution} (null if every
	 * principle was assessed) names the principles left unassessed; {@code challengeNames} the words of {@code byChallenge}'s ids. {@code reading} is the overall reading in one
	 * sentence, from the principles' levels and the number of high-severity findings.
	 */
	public record Summary(int findings, int actions, Map<String, Integer> bySeverity, Map<String, Integer> byPrinciple,
			Map<String, Integer> byChallenge, int principles, int principlesAssessed, String headline,
			String caution, String reading, Map<String, String> challengeNames) {
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
	 * {@code shortName} names it in a word or two; {@code mainFinding} is the title of its most severe finding (its id
	 * {@code mainFindingId}), both null without a finding.
	 */
	public record PrincipleItem(String principle, String name, Integer score, String level, String levelLabel,
			int answered, int applicable, int findings, int dontKnow, Integer fromAnswers, int penalty,
			String shortName, String mainFindingId, String mainFinding) {
	}

	/**
	 * {@code responsible} and {@code horizon} are codes; the labels are their words. {@code because} holds the ids of
	 * the findings the action answers, {@code becauseTitles} their titles.
	 */
	public record ActionItem(int rank, String id, String title, String what, String firstStep, String responsible,
			String responsibleLabel, String horizon, String horizonLabel, List<String> elements, String section,
			List<String> because, int score, List<RankReason> reasons, BasisItem basis, List<String> becauseTitles) {
	}

	/**
	 * {@code rule} is the name of the rule that concluded the finding; the name reads as its title. {@code severity}
	 * is a code, {@code severityLabel} its word.
	 */
	public record FindingItem(String id, String rule, String title, String severity, String challenge,
			String challengeName, String principle, String principleName, List<String> elements, String section,
			List<EvidenceItem> evidence, List<ContextItem> context, List<String> actions, BasisItem basis,
			List<ThresholdItem> thresholds, String severityLabel) {
	}

	/**
	 * Where a finding or action rests. {@code words} is in the report's language: the reference to the paper with its
	 * parts named in that language ("Partie III, principe 1, élément 2"), or the practice's reason; it is what a reader
	 * reads. {@code text} is the source citation as the knowledge base writes it, always in English, the paper's own
	 * language ("Part III, principle 1, element 2 (a country-led process)" or "practice: ..."), and
	 * {@code textLanguage} says so ({@code "en"}), so that no one takes it for the report's words. {@code practice}
	 * when the paper is silent.
	 */
	public record BasisItem(String text, boolean practice, String words, String textLanguage) {
	}

	/**
	 * A figure a finding was measured against: its value in force ({@code value}), the knowledge base's, whether the LEG
	 * adjusted it, and whether it is common practice (with its reason) or the paper's. {@code text} says it all in
	 * words: "4 core-group meetings a year (common practice: ...)".
	 */
	public record ThresholdItem(String id, String label, double value, double knowledgeBaseValue, boolean adjusted,
			boolean practice, String basis, String reason, String text) {
	}

	/** An answer: the question's id and words, the answer as given ({@code answer}) and in words ({@code answerLabel}). */
	public record EvidenceItem(String question, String questionText, String answer, String answerLabel) {
	}

	public record ContextItem(String id, String label) {
	}

}
