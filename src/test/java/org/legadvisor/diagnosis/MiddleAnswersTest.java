package org.legadvisor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.Questionnaire.Question;

/**
 * Judgement in proportion: starting from the well-functioning example, answering one diagnostic question at a time
 * with a middle answer ("partly", "sometimes", ...) must add an area to strengthen for nearly every question, at a
 * severity below the worst answer's. Prints the per-principle table the issue note reports.
 */
class MiddleAnswersTest extends RuleTestSupport {

	private static final double REQUIRED_SHARE = 0.9;

	private final Questionnaire questionnaire = Questionnaire.load(Path.of("knowledge-base", "questionnaire.json"));

	@Test
	void aMiddleAnswerToAlmostAnyDiagnosticQuestionAddsAFinding() throws Exception {
		Map<String, Answer> wellFunctioning = fixture.assess(AdvisorFixture.profile(WELL_FUNCTIONING)).answers()
			.byQuestion();
		Set<String> baseline = new LinkedHashSet<>(findingsWith(Map.of()));
		Map<String, int[]> byPrinciple = new TreeMap<>();
		List<String> unread = new ArrayList<>();
		for (Question question : questionnaire.questions()) {
			if (question.middleValues().isEmpty() || !question.appliesGiven(wellFunctioning)) {
				continue;
			}
			boolean read = question.middleValues().stream()
				.allMatch(v -> addsAFinding(question, v, wellFunctioning, baseline));
			String principle = principleOf(question);
			int[] counts = byPrinciple.computeIfAbsent(principle, p -> new int[2]);
			counts[1]++;
			if (read) {
				counts[0]++;
			}
			else {
				unread.add(question.id() + " " + question.middleValues());
			}
		}
		int read = byPrinciple.values().stream().mapToInt(c -> c[0]).sum();
		int total = byPrinciple.values().stream().mapToInt(c -> c[1]).sum();
		byPrinciple.forEach((p, c) -> System.out.printf("middle answers read: %s %d of %d%n", p, c[0], c[1]));
		System.out.printf("middle answers read: all %d of %d; not read: %s%n", read, total, unread);
		assertThat((double) read / total).as("share of questions whose middle answer adds a finding; not read: %s", unread)
			.isGreaterThanOrEqualTo(REQUIRED_SHARE);
	}

	/** Whether this answer adds a finding; follow-up questions it makes inapplicable are left unanswered. */
	private boolean addsAFinding(Question question, String value, Map<String, Answer> wellFunctioning,
			Set<String> baseline) {
		try {
			Map<String, Answer> answers = new HashMap<>(wellFunctioning);
			answers.put(question.id(), new Answer(question.id(), value, null, Set.of(), false));
			Map<String, Object> change = new HashMap<>();
			change.put(question.id(), value);
			for (Question other : questionnaire.questions()) {
				if (answers.containsKey(other.id()) && !other.appliesGiven(answers)) {
					change.put(other.id(), null);
				}
			}
			return findingsWith(change).stream().anyMatch(id -> !baseline.contains(id));
		}
		catch (Exception e) {
			throw new AssertionError("could not assess " + question.id() + " = " + value, e);
		}
	}

	private static String principleOf(Question question) {
		return question.elements().stream().filter(e -> e.startsWith("P")).map(e -> e.substring(0, 2)).findFirst()
			.orElse(question.elements().isEmpty() ? "-" : question.elements().get(0));
	}

}
