package org.legadvisor.diagnosis;

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

/** Scores each principle from its findings, or reports that its questions were too little answered to judge. */
public final class PrincipleProfiler {

	private final Framework framework;

	private final ProfileModel model;

	/** The questions that observe each principle, by principle id: the same for every assessment. */
	private final Map<String, List<Question>> observing;

	public PrincipleProfiler(Questionnaire questionnaire, Framework framework, ProfileModel model) {
		this.framework = framework;
		this.model = model;
		this.observing = framework.principles().stream().collect(Collectors.toUnmodifiableMap(Framework.Principle::id,
				p -> questionnaire.questions().stream().filter(q -> observes(q, p.id())).toList()));
	}

	public List<PrincipleScore> profile(ValidatedAnswers answers, List<Finding> findings) {
		Map<String, Answer> given = answers.byQuestion();
		return framework.principles().stream().map(p -> score(p, given, findings)).toList();
	}

	private PrincipleScore score(Framework.Principle principle, Map<String, Answer> given, List<Finding> findings) {
		List<Question> applicable = observing.get(principle.id()).stream().filter(q -> q.appliesGiven(given)).toList();
		int answered = (int) applicable.stream()
			.filter(q -> given.containsKey(q.id()) && !given.get(q.id()).unknown())
			.count();
		List<Finding> own = findings.stream().filter(f -> f.principle().equals(principle.id())).toList();
		if (applicable.isEmpty() || answered < model.minimumAnsweredShare() * applicable.size()) {
			return new PrincipleScore(principle.id(), null, model.insufficient().id(), answered, applicable.size(),
					own.size());
		}
		int penalty = own.stream().mapToInt(f -> model.penalty().getOrDefault(f.severity().name(), 0)).sum();
		int score = Math.max(0, 100 - penalty);
		return new PrincipleScore(principle.id(), score, model.levelFor(score).id(), answered, applicable.size(),
				own.size());
	}

	/** Free text is for the report's reader, not evidence: leaving it empty takes nothing from a principle. */
	private static boolean observes(Question question, String principle) {
		return question.type() != QuestionType.TEXT
				&& question.elements().stream().anyMatch(e -> e.startsWith(principle + "."));
	}

}
