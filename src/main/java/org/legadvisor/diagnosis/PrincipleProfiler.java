package org.legadvisor.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.legadvisor.knowledge.Framework;
import org.legadvisor.knowledge.ProfileModel;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.QuestionType;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.Questionnaire.Question;
import org.legadvisor.questionnaire.ValidatedAnswers;

/**
 * Scores each principle from its answers, graded (the best answer counts in full, a middle answer in part, the worst
 * not at all), less a capped penalty for the findings that count against it; or reports that its questions were too
 * little answered to judge. The model's figures and their reasons are in {@code knowledge-base/profile.json}.
 */
public final class PrincipleProfiler {

	private final Framework framework;

	private final Map<String, Question> questions;

	private final ProfileModel model;

	/** The questions that observe each principle, by principle id: the same for every assessment. */
	private final Map<String, List<Question>> observing;

	public PrincipleProfiler(Questionnaire questionnaire, Framework framework, ProfileModel model) {
		this.framework = framework;
		this.model = model;
		this.questions = questionnaire.questionsById();
		this.observing = framework.principles().stream().collect(Collectors.toUnmodifiableMap(Framework.Principle::id,
				p -> questionnaire.questions().stream().filter(q -> observes(q, p.id())).toList()));
	}

	public List<PrincipleScore> profile(ValidatedAnswers answers, List<Finding> findings) {
		Map<String, Answer> given = answers.byQuestion();
		return framework.principles().stream().map(p -> score(p.id(), given, findings)).toList();
	}

	private PrincipleScore score(String principle, Map<String, Answer> given, List<Finding> findings) {
		List<Question> applicable = observing.get(principle).stream().filter(q -> q.appliesGiven(given)).toList();
		int answered = 0;
		int dontKnow = 0;
		List<Double> grades = new ArrayList<>();
		for (Question question : applicable) {
			Answer answer = given.get(question.id());
			if (answer == null) {
				continue;
			}
			if (answer.unknown()) {
				dontKnow++;
				continue;
			}
			answered++;
			question.grade(answer.value()).ifPresent(grades::add);
		}
		List<Finding> against = findings.stream().filter(f -> countsAgainst(f, principle)).toList();
		boolean enough = !applicable.isEmpty() && answered >= model.minimumAnsweredShare() * applicable.size()
				&& grades.size() >= model.minimumGradedAnswers();
		if (!enough) {
			return new PrincipleScore(principle, null, model.insufficient().id(), answered, dontKnow, applicable.size(),
					grades.size(), against.size(), null, 0);
		}
		int fromAnswers = (int) Math.round(100 * grades.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
		int penalty = Math.min(model.penaltyCap(),
				against.stream().mapToInt(f -> model.penaltyFor(f.severity().name(), restsOnOneGradedAnswer(f))).sum());
		int score = Math.max(0, fromAnswers - penalty);
		return new PrincipleScore(principle, score, model.levelFor(score).id(), answered, dontKnow, applicable.size(),
				grades.size(), against.size(), fromAnswers, penalty);
	}

	/** Whether the finding read one answer, and a graded one: its grade already says what the finding says. */
	private boolean restsOnOneGradedAnswer(Finding finding) {
		if (finding.evidence().size() != 1 || !finding.context().isEmpty() || !finding.thresholds().isEmpty()) {
			return false;
		}
		Evidence evidence = finding.evidence().get(0);
		Question question = questions.get(evidence.question());
		return question != null && question.grade(evidence.answer()).isPresent();
	}

	/**
	 * A finding counts against the principle it is filed under and against every principle one of its elements
	 * belongs to: a partner in the chair is filed under leadership (P6) and is as much a matter of governance (P3.1).
	 */
	static boolean countsAgainst(Finding finding, String principle) {
		if (finding.principle().equals(principle)) {
			return true;
		}
		for (String element : finding.elements()) {
			if (isElementOf(element, principle)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the element id starts with the principle's id and a dot ("P3.1" of "P3"), without building "P3.". */
	private static boolean isElementOf(String element, String principle) {
		return element.length() > principle.length() && element.charAt(principle.length()) == '.'
				&& element.startsWith(principle);
	}

	/**
	 * Free text is for the report's reader, not evidence, and a context question describes the setting, neither good
	 * nor bad: neither takes anything from a principle.
	 */
	private static boolean observes(Question question, String principle) {
		return question.type() != QuestionType.TEXT && !question.context()
				&& question.elements().stream().anyMatch(e -> e.startsWith(principle + "."));
	}

}
