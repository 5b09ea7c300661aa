package org.legadvisor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.legadvisor.assessment.Assessment;
import org.legadvisor.diagnosis.Evidence;
import org.legadvisor.diagnosis.Finding;
import org.legadvisor.diagnosis.PrincipleScore;
import org.legadvisor.diagnosis.Severity;
import org.legadvisor.diagnosis.Signal;
import org.legadvisor.knowledge.Action;
import org.legadvisor.knowledge.Basis;
import org.legadvisor.knowledge.Framework;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.knowledge.ProfileModel;
import org.legadvisor.language.Language;
import org.legadvisor.language.Localized;
import org.legadvisor.language.Words;
import org.legadvisor.plan.PlannedAction;
import org.legadvisor.plan.Ranking;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.LegThresholds;
import org.legadvisor.questionnaire.QuestionType;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.Questionnaire.Question;
import org.legadvisor.questionnaire.ValidatedAnswers;

/**
 * Resolves an assessment's ids into the words of the questionnaire and the knowledge base, in one language: the
 * English knowledge base, or its {@linkplain Localized localized} view, whose findings and actions it translates
 * before building. Everything the report says comes from those and from the language's {@link Words}.
 */
public final class ReportBuilder {

	/** Signals whose id starts so describe the LEG's setting (as in rules/00-signals.drl). */
	private static final String CONTEXT_PREFIX = "context.";

	private final Questionnaire questionnaire;

	private final KnowledgeBase knowledge;

	private final Map<String, String> names;

	/** Looked up for every piece of evidence and every finding, so indexed once: they never change. */
	private final Map<String, Question> questions;

	private final Map<String, String> sections;

	private final Words words;

	private final UnaryOperator<Assessment> translation;

	/** The reason of a finding's common practice in the report's language, by finding id (English: in its basis). */
	private final Function<String, Optional<String>> practices;

	/** A builder of English reports. */
	public ReportBuilder(Questionnaire questionnaire, KnowledgeBase knowledge) {
		this(questionnaire, knowledge, Words.in(Language.ENGLISH), UnaryOperator.identity(), id -> Optional.empty());
	}

	/** A builder of reports in this language: the assessment's findings and actions read in it. */
	public ReportBuilder(Localized localized) {
		// The knowledge base is written in the source language: an assessment is in it already, and translating it
		// would only rank its plan a second time.
		this(localized.questionnaire(), localized.knowledge(), localized.words(),
				localized.language().isSource() ? UnaryOperator.identity() : localized::translate,
				localized.findingTitles()::practice);
	}

	private ReportBuilder(Questionnaire questionnaire, KnowledgeBase knowledge, Words words,
			UnaryOperator<Assessment> translation, Function<String, Optional<String>> practices) {
		this.questionnaire = questionnaire;
		this.knowledge = knowledge;
		this.words = words;
		this.translation = translation;
		this.practices = practices;
		this.names = knowledge.framework().namesById();
		this.questions = questionnaire.questionsById();
		Map<String, String> sectionsById = new LinkedHashMap<>();
		names.keySet().forEach(id -> knowledge.framework().section(id).ifPresent(s -> sectionsById.put(id, s)));
		this.sections = Map.copyOf(sectionsById);
	}

	public Report build(Assessment given) {
		Assessment assessment = translation.apply(given);
		Map<String, String> titles = new LinkedHashMap<>();
		assessment.findings().forEach(f -> titles.put(f.id(), f.title()));
		List<Report.ActionItem> actions = assessment.actions().stream().map(a -> actionItem(a, titles)).toList();
		List<Report.FindingItem> findings = assessment.findings().stream().map(f -> findingItem(f, assessment)).toList();
		List<Report.PrincipleItem> profile = assessment.profile().stream()
			.map(score -> principleItem(score, assessment.findings())).toList();
		return new Report(assessment.answers().leg(), assessment.answers().questionnaireVersion(),
				new Report.RuleBaseInfo(assessment.ruleBase().contentHash(), assessment.ruleBase().loadedAt().toString()),
				summary(assessment), context(assessment), ranking(assessment.ranking()), notes(assessment.answers()),
				profile, actions, findings,
				assessment.adjustedThresholds().keySet().stream().flatMap(id -> threshold(id, assessment).stream()).toList(),
				answersGiven(assessment.answers()), words.language().code());
	}

	/** Every answer but free text (the notes), in questionnaire order, with its words. */
	private List<Report.EvidenceItem> answersGiven(ValidatedAnswers answers) {
		Map<String, Answer> given = answers.byQuestion();
		return questionnaire.questions().stream()
			.filter(q -> q.type() != QuestionType.TEXT && given.containsKey(q.id()))
			.map(q -> evidenceItem(new Evidence(q.id(), given.get(q.id()).value())))
			.toList();
	}

	/**
	 * A basis as the knowledge base writes it, in English (the paper's language), and in the report's words: a
	 * practice's reason from findings.json in this language, a reference with its parts named in this language.
	 */
	private Report.BasisItem basis(String text, Optional<String> practice) {
		return Basis.of(text).map(b -> new Report.BasisItem(b.text(), b.practice(),
				b.practice() ? practice.orElse(b.words()) : new PaperReference(words).say(b.words()),
				Language.ENGLISH.code())).orElse(null);
	}

	/** A threshold in force for this assessment, in words; empty for an id the knowledge base does not have. */
	private Optional<Report.ThresholdItem> threshold(String id, Assessment assessment) {
		return knowledge.threshold(id).map(entry -> {
			Double adjusted = assessment.adjustedThresholds().get(id);
			double value = adjusted == null ? entry.value() : adjusted;
			String basis = entry.practice() ? words.format("report.figure.basis.practice", entry.reason())
					: words.format("report.figure.basis.paper",
							entry.basis() + (entry.reason() == null ? "" : "; " + entry.reason()));
			String text = words.format(adjusted == null ? "report.figure.text" : "report.figure.adjusted",
					LegThresholds.figure(value), entry.label(), basis, LegThresholds.figure(entry.value()));
			return new Report.ThresholdItem(id, entry.label(), value, entry.value(), adjusted != null, entry.practice(),
					entry.basis(), entry.reason(), text);
		});
	}

	/** The context signals in the order of the questions that set them, each with what it changed. */
	private Report.ContextSection context(Assessment assessment) {
		List<String> order = List.copyOf(questions.keySet());
		List<Report.ContextNote> notes = assessment.signals().stream()
			.filter(signal -> signal.id().startsWith(CONTEXT_PREFIX))
			.sorted(Comparator.comparingInt((Signal signal) -> signal.evidence().stream()
				.mapToInt(e -> order.indexOf(e.question())).min().orElse(order.size())).thenComparing(Signal::id))
			.map(signal -> contextNote(signal, assessment.findings()))
			.toList();
		return new Report.ContextSection(words.get(notes.isEmpty() ? "report.context.none" : "report.context.intro"),
				notes);
	}

	private Report.ContextNote contextNote(Signal signal, List<Finding> findings) {
		List<Finding> weighed = findings.stream().filter(f -> f.context().contains(signal.id())).toList();
		String effect = weighed.isEmpty() ? words.get("report.context.unchanged")
				: words.format("report.context.weighed", weighed.size(),
						weighed.stream().map(Finding::title).collect(Collectors.joining("; ")));
		return new Report.ContextNote(signal.id(), knowledge.signals().getOrDefault(signal.id(), signal.id()),
				signal.evidence().stream().map(this::evidenceItem).toList(), weighed.stream().map(Finding::id).toList(),
				effect);
	}

	private Report.RankingItem ranking(Ranking ranking) {
		List<String> adjustments = ranking.raised().stream()
			.flatMap(id -> knowledge.priorities().raises().stream().filter(r -> r.id().equals(id)))
			.map(r -> words.format("report.ranking.raise", r.label(), r.effect()))
			.toList();
		if (ranking.isDefault()) {
			return new Report.RankingItem("default", List.of(), words.get("report.ranking.default"), adjustments);
		}
		String chosen = ranking.focus().stream().map(p -> p + " " + name(p)).collect(Collectors.joining("; "));
		return new Report.RankingItem("focus", ranking.focus(), words.format("report.ranking.focus", chosen),
				adjustments);
	}

	/** The free-text answers that say something, in questionnaire order. */
	private List<Report.NoteItem> notes(ValidatedAnswers answers) {
		Map<String, Answer> given = answers.byQuestion();
		List<Report.NoteItem> notes = new ArrayList<>();
		for (Question question : questionnaire.questions()) {
			Answer answer = given.get(question.id());
			if (question.type() == QuestionType.TEXT && answer != null && !answer.value().isBlank()) {
				notes.add(new Report.NoteItem(question.id(), question.text(), answer.value().strip()));
			}
		}
		return notes;
	}

	private Report.PrincipleItem principleItem(PrincipleScore score, List<Finding> findings) {
		ProfileModel model = knowledge.profile();
		String label = java.util.stream.Stream.concat(model.levels().stream(), java.util.stream.Stream.of(model.insufficient()))
			.filter(level -> level.id().equals(score.level())).map(ProfileModel.Level::label).findFirst()
			.orElse(score.level());
		Optional<Finding> main = mainFinding(score.principle(), findings);
		String shortName = knowledge.framework().principle(score.principle()).map(Framework.Principle::shortName)
			.orElse(score.principle());
		return new Report.PrincipleItem(score.principle(), name(score.principle()), score.score(), score.level(), label,
				score.answered(), score.applicable(), score.findings(), score.dontKnow(), score.fromAnswers(),
				score.penalty(), shortName, main.map(Finding::id).orElse(null), main.map(Finding::title).orElse(null));
	}

	/** A principle's most severe finding, the first of that severity in the assessment's order. */
	private static Optional<Finding> mainFinding(String principle, List<Finding> findings) {
		return findings.stream().filter(f -> principle.equals(f.principle()))
			.min(Comparator.comparing(Finding::severity));
	}

	private Report.ActionItem actionItem(PlannedAction planned, Map<String, String> findingTitles) {
		Action action = planned.action();
		var labels = knowledge.priorities();
		return new Report.ActionItem(planned.rank(), action.id(), action.title(), action.what(), action.firstStep(),
				action.lead().name(), labels.leadLabels().get(action.lead().name()), action.horizon().name(),
				labels.horizonLabels().get(action.horizon().name()), action.elements(), new PaperReference(words).say(action.section()),
				planned.because(), planned.score(), planned.reasons(), basis(action.basis(), Optional.empty()),
				planned.because().stream().map(id -> findingTitles.getOrDefault(id, id)).toList());
	}

	private Report.FindingItem findingItem(Finding finding, Assessment assessment) {
		return new Report.FindingItem(finding.id(), finding.title(), finding.title(), finding.severity().name(),
				finding.challenge(), name(finding.challenge()), finding.principle(), name(finding.principle()),
				finding.elements(), section(finding), finding.evidence().stream().map(this::evidenceItem).toList(),
				finding.context().stream().map(id -> new Report.ContextItem(id, knowledge.signals().getOrDefault(id, id)))
					.toList(),
				finding.actions(), basis(finding.basis(), practices.apply(finding.id())),
				finding.thresholds().stream().flatMap(id -> threshold(id, assessment).stream()).toList(),
				knowledge.priorities().severityLabels().getOrDefault(finding.severity().name(), finding.severity().name()));
	}

	/** The paper sections a finding comes from: its challenge, then its elements. */
	private String section(Finding finding) {
		List<String> found = new ArrayList<>();
		Optional.ofNullable(sections.get(finding.challenge())).ifPresent(found::add);
		finding.elements().forEach(e -> Optional.ofNullable(sections.get(e)).ifPresent(found::add));
		return new PaperReference(words).say(String.join("; ", found));
	}

	private Report.EvidenceItem evidenceItem(Evidence evidence) {
		Question question = questions.get(evidence.question());
		String text = question == null ? evidence.question() : question.text();
		return new Report.EvidenceItem(evidence.question(), text, evidence.answer(), label(question, evidence.answer()));
	}

	/**
	 * The words of an answer: option labels for choices, the product's words for yes, partly, no and don't know, a
	 * number with its unit, free text as typed.
	 */
	private String label(Question question, String answer) {
		if (Answer.DONT_KNOW.equals(answer)) {
			return words.get("answer." + Answer.DONT_KNOW);
		}
		if (question == null || question.type() == QuestionType.TEXT) {
			return answer;
		}
		if (question.type() == QuestionType.YES_PARTLY_NO && Answer.YES_PARTLY_NO.contains(answer)) {
			return words.get("answer." + answer);
		}
		if (question.options().isEmpty()) {
			return question.unit() == null ? answer : answer + " " + question.unit();
		}
		if (!answer.contains(", ")) {
			// One choice, as most are: what the split below gives for it, without compiling its pattern.
			return question.option(answer).map(Questionnaire.Option::label).orElse(answer);
		}
		return java.util.Arrays.stream(answer.split(", "))
			.map(value -> question.option(value).map(Questionnaire.Option::label).orElse(value))
			.collect(Collectors.joining("; "));
	}

	private Report.Summary summary(Assessment assessment) {
		List<Finding> findings = assessment.findings();
		Map<String, Integer> bySeverity = new LinkedHashMap<>();
		for (Severity severity : Severity.values()) {
			bySeverity.put(severity.name(), (int) findings.stream().filter(f -> f.severity() == severity).count());
		}
		Framework framework = knowledge.framework();
		List<PrincipleScore> profile = assessment.profile();
		List<String> unassessed = profile.stream().filter(p -> !p.sufficientEvidence()).map(PrincipleScore::principle)
			.toList();
		int assessed = profile.size() - unassessed.size();
		boolean mostUnassessed = 2 * unassessed.size() > profile.size();
		String headline = !findings.isEmpty()
				? words.format("report.headline.findings", findings.size(), assessment.actions().size())
				: mostUnassessed ? words.format("report.headline.unassessed", unassessed.size(), profile.size())
						: words.get("report.headline.none");
		String caution = unassessed.isEmpty() || (findings.isEmpty() && mostUnassessed) ? null
				: words.format("report.headline.caution", unassessed.size(), profile.size(),
						unassessed.stream().map(p -> p + " " + name(p)).collect(Collectors.joining("; ")));
		return new Report.Summary(findings.size(), assessment.actions().size(), bySeverity,
				countBy(findings, Finding::principle, framework.principles().stream().map(Framework.Principle::id).toList()),
				countBy(findings, Finding::challenge, framework.challenges().stream().map(Framework.Challenge::id).toList()),
				profile.size(), assessed, headline, caution,
				findings.isEmpty() ? headline : reading(profile, bySeverity.get(Severity.high.name())),
				framework.challenges().stream().collect(Collectors.toMap(Framework.Challenge::id,
						Framework.Challenge::name, (a, b) -> a, LinkedHashMap::new)));
	}

	/**
	 * The overall reading in a sentence: how many assessed principles sit in the lower half of the maturity levels,
	 * and how many findings are of high severity.
	 */
	private String reading(List<PrincipleScore> profile, int high) {
		List<ProfileModel.Level> levels = knowledge.profile().levels();
		List<ProfileModel.Level> lower = levels.subList(levels.size() / 2, levels.size());
		List<String> lowerIds = lower.stream().map(ProfileModel.Level::id).toList();
		long weak = profile.stream().filter(PrincipleScore::sufficientEvidence).filter(p -> lowerIds.contains(p.level()))
			.count();
		long assessed = profile.stream().filter(PrincipleScore::sufficientEvidence).count();
		String lowerWords = lower.stream().map(l -> l.label().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(words.get("words.or")));
		return weak == 0 ? words.format("report.reading.strong", lowerWords, high)
				: words.format("report.reading.weak", weak, assessed, high, lowerWords);
	}

	private static Map<String, Integer> countBy(List<Finding> findings, Function<Finding, String> key, List<String> ids) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		ids.forEach(id -> counts.put(id, (int) findings.stream().filter(f -> id.equals(key.apply(f))).count()));
		return counts;
	}

	private String name(String id) {
		return names.getOrDefault(id, id);
	}

}
