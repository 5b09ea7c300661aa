package org.legadvisor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.questionnaire.Questionnaire.Question;

class PrincipleProfilerTest extends RuleTestSupport {

	private PrincipleScore score(String principle, Map<String, Object> changes) throws Exception {
		List<PrincipleScore> profile = fixture.assess(AdvisorFixture.profile(WELL_FUNCTIONING, changes)).profile();
		return profile.stream().filter(s -> s.principle().equals(principle)).findFirst().orElseThrow();
	}

	@Test
	void scoresEveryPrincipleOfTheFramework() throws Exception {
		List<PrincipleScore> profile = fixture.assess(AdvisorFixture.profile(WELL_FUNCTIONING)).profile();

		assertThat(profile).extracting(PrincipleScore::principle)
			.containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "P7");
	}

	@Test
	void lowersAPrincipleScoreByThePenaltyOfEachFindingFiledUnderIt() throws Exception {
		PrincipleScore healthy = score("P2", Map.of());
		PrincipleScore withoutFinanceMinistry = score("P2", withoutFinanceMinistry());

		assertThat(withoutFinanceMinistry.findings()).isEqualTo(healthy.findings() + 1);
		assertThat(withoutFinanceMinistry.score()).isEqualTo(healthy.score() - 35);
	}

	@Test
	void reportsInsufficientEvidenceWhenMostAnswersAreDontKnow() throws Exception {
		// every question that observes an element of P2 answered "don't know"; those shown only after another
		// answer are left out, since "don't know" on the question they depend on hides them
		Map<String, Object> unknown = new HashMap<>();
		for (Question question : fixture.advisor().questionnaire().questions()) {
			if (question.elements().stream().anyMatch(e -> e.startsWith("P2."))) {
				unknown.put(question.id(), question.showIf() == null ? "dont_know" : null);
			}
		}
		unknown.put("finance.attendance", null);
		unknown.put("cso.support", null);

		PrincipleScore score = score("P2", unknown);

		assertThat(score.sufficientEvidence()).isFalse();
		assertThat(score.level()).isEqualTo("insufficient_evidence");
		assertThat(score.answered()).isLessThan(score.applicable());
	}

	@Test
	void countsOnlyQuestionsThatApplyGivenTheAnswers() throws Exception {
		PrincipleScore withFinance = score("P2", Map.of());
		PrincipleScore withoutFinance = score("P2", withoutFinanceMinistry());

		assertThat(withoutFinance.applicable()).isEqualTo(withFinance.applicable() - 1);
	}

	private static Map<String, Object> withoutFinanceMinistry() {
		Map<String, Object> changes = new HashMap<>();
		changes.put("finance.member", "no");
		changes.put("finance.attendance", null);
		return changes;
	}

}
