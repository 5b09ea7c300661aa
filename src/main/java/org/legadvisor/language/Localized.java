package org.legadvisor.language;

import java.util.List;

import org.legadvisor.assessment.Assessment;
import org.legadvisor.diagnosis.Finding;
import org.legadvisor.diagnosis.Signal;
import org.legadvisor.knowledge.FindingTitles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.plan.ActionPlanner;
import org.legadvisor.plan.Plan;
import org.legadvisor.knowledge.ThresholdEntry;
import org.legadvisor.questionnaire.ProblemWords;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * Everything a reader reads, in one language: the questionnaire, the knowledge base (actions, framework names,
 * signals, thresholds, priorities, profile), the finding titles and the product's words. Ids, grades, figures and
 * conditions are the English ones, so an assessment reads the same in every language.
 */
public record Localized(Language language, Questionnaire questionnaire, KnowledgeBase knowledge,
		FindingTitles findingTitles, Words words) {

	/**
	 * The assessment in this language: each finding titled in it, and the plan ranked again with this language's
	 * actions and reasons. The ranking reads ids and figures only, so ranks and scores are those of the English plan.
	 */
	public Assessment translate(Assessment assessment) {
		List<Finding> findings = assessment.findings().stream()
			.map(f -> findingTitles.title(f.id()).map(f::titled).orElse(f))
			.toList();
		Plan plan = new ActionPlanner(knowledge).plan(findings,
				assessment.signals().stream().map(Signal::id).toList(), assessment.ranking().focus());
		return new Assessment(assessment.answers(), findings, plan.actions(), assessment.profile(),
				assessment.ruleBase(), assessment.signals(), plan.ranking(), assessment.adjustedThresholds());
	}

	/** The words the problems of an answers document are said in, in this language. */
	public ProblemWords problemWords() {
		return new ProblemWords(questionnaire, knowledge.thresholds().values().stream()
			.collect(java.util.stream.Collectors.toMap(ThresholdEntry::id, ThresholdEntry::label)), words::format);
	}

}
