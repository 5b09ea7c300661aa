package org.legadvisor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.knowledge.ProfileModel;
import org.legadvisor.questionnaire.Questionnaire.Question;

class PrincipleProfilerTest extends RuleTestSupport {

	private static final List<String> TOP_TWO_LEVELS = List.of("advanced", "established");

	private static final List<String> BOTTOM_TWO_LEVELS = List.of("developing", "emerging");

	private PrincipleScore score(String principle, Map<String, Object> changes) throws Exception {
		return score(WELL_FUNCTIONING, principle, changes);
	}

	private PrincipleScore score(String example, String principle, Map<String, Object> changes) throws Exception {
		List<PrincipleScore> profile = fixture.assess(AdvisorFixture.profile(example, changes)).profile();
		return profile.stream().filter(s -> s.principle().equals(principle)).findFirst().orElseThrow();
	}

	private ProfileModel model() {
		return fixture.advisor().knowledge().profile();
	}

	@Test
	void scoresEveryPrincipleOfTheFramework() throws Exception {
		List<PrincipleScore> profile = fixture.assess(AdvisorFixture.profile(WELL_FUNCTIONING)).profile();

		assertThat(profile).extracting(PrincipleScore::principle)
			.containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "P7");
	}

	@Test
	void gradesTheBestAnswerInFullAMiddleAnswerInPartAndTheWorstNotAtAll() throws Exception {
		PrincipleScore best = score("P1", Map.of("mandate.shared_understanding", "shared"));
		PrincipleScore middle = score("P1", Map.of("mandate.shared_understanding", "mostly"));
		PrincipleScore worst = score("P1", Map.of("mandate.shared_understanding", "divided"));

		// one answer of the principle's graded answers moves by half its weight, then by all of it
		double weight = 100.0 / best.graded();
		assertThat(middle.fromAnswers()).isCloseTo((int) Math.round(best.fromAnswers() - weight / 2), within(1));
		assertThat(worst.fromAnswers()).isCloseTo((int) Math.round(best.fromAnswers() - weight), within(1));
		assertThat(worst.score()).isLessThan(middle.score());
		assertThat(middle.score()).isLessThan(best.score());
	}

	@Test
	void countsDontKnowAsUnknownNeitherBestNorWorst() throws Exception {
		PrincipleScore best = score("P1", Map.of("mandate.shared_understanding", "shared"));
		PrincipleScore unknown = score("P1", Map.of("mandate.shared_understanding", "dont_know"));
		PrincipleScore worst = score("P1", Map.of("mandate.shared_understanding", "divided"));

		assertThat(unknown.dontKnow()).isEqualTo(best.dontKnow() + 1);
		assertThat(unknown.graded()).isEqualTo(best.graded() - 1);
		assertThat(unknown.fromAnswers()).isGreaterThan(worst.fromAnswers()).isLessThanOrEqualTo(best.fromAnswers());
	}

	@Test
	void countsAFindingAgainstEveryPrincipleItsElementsBelongTo() throws Exception {
		Map<String, Object> donorChair = new HashMap<>(Map.of("chair.who", "development_partner", "cochair.who", "none"));
		donorChair.put("chair.level", null);
		List<Finding> findings = fixture.assess(AdvisorFixture.profile(WELL_FUNCTIONING, donorChair)).findings();
		Finding partnerChairs = findings.stream().filter(f -> f.id().equals("P6-partner-chairs")).findFirst()
			.orElseThrow();

		assertThat(partnerChairs.principle()).isEqualTo("P6");
		assertThat(PrincipleProfiler.countsAgainst(partnerChairs, "P6")).isTrue();
		assertThat(PrincipleProfiler.countsAgainst(partnerChairs, "P3")).isTrue();
		assertThat(PrincipleProfiler.countsAgainst(partnerChairs, "P5")).isFalse();
		PrincipleScore governance = score("P3", donorChair);
		assertThat(governance.findings()).isGreaterThan(score("P3", Map.of()).findings());
		assertThat(governance.penalty()).isPositive();
	}

	@Test
	void takesNoMoreThanTheCapForFindings() throws Exception {
		List<PrincipleScore> profile = fixture.assess(AdvisorFixture.profile("donor-chaired-no-tor")).profile();

		assertThat(profile).allSatisfy(p -> assertThat(p.penalty()).isLessThanOrEqualTo(model().penaltyCap()));
		assertThat(profile).anySatisfy(p -> assertThat(p.penalty()).isEqualTo(model().penaltyCap()));
		assertThat(profile).allSatisfy(p -> assertThat(p.score()).isEqualTo(Math.max(0, p.fromAnswers() - p.penalty())));
	}

	@Test
	void aFindingOnOneMiddleAnswerTakesNothingBeyondItsGrade() throws Exception {
		// a low-severity finding read from one graded answer: the grade already counts it
		Map<String, Object> partlyCode = Map.of("code.exists", "partly");
		PrincipleScore profile = score("P7", partlyCode);
		List<Finding> findings = fixture.assess(AdvisorFixture.profile(WELL_FUNCTIONING, partlyCode)).findings();

		assertThat(findings).filteredOn(f -> PrincipleProfiler.countsAgainst(f, "P7"))
			.allSatisfy(f -> assertThat(f.severity()).isNotEqualTo(Severity.high));
		assertThat(profile.penalty()).isZero();
		assertThat(profile.score()).isEqualTo(profile.fromAnswers()).isLessThan(score("P7", Map.of()).score());
	}

	@Test
	void reportsTooFewAnswersWhenMostAnswersAreDontKnow() throws Exception {
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
		assertThat(score.fromAnswers()).isNull();
		assertThat(score.answered()).isLessThan(score.applicable());
		assertThat(score.dontKnow()).isPositive();
	}

	@Test
	void neverReadsAdvancedFromTwoBestAnswers() throws Exception {
		// only two of P5's questions answered, both with their best answer
		Map<String, Object> twoAnswers = new HashMap<>();
		for (Question question : fixture.advisor().questionnaire().questions()) {
			if (question.elements().stream().anyMatch(e -> e.startsWith("P5.")) && !question.context()) {
				twoAnswers.put(question.id(), null);
				// a follow-up of a question cleared here no longer applies
				questionsFollowing(question.id()).forEach(id -> twoAnswers.put(id, null));
			}
		}
		twoAnswers.put("monitoring.discussed", "yes");
		twoAnswers.put("monitoring.indicators", "yes");

		PrincipleScore score = score("P5", twoAnswers);

		assertThat(score.graded()).isEqualTo(2);
		assertThat(score.score()).isNull();
		assertThat(score.level()).isEqualTo(model().insufficient().id());
	}

	@Test
	void countsOnlyQuestionsThatApplyGivenTheAnswers() throws Exception {
		PrincipleScore withFinance = score("P2", Map.of());
		PrincipleScore withoutFinance = score("P2", withoutFinanceMinistry());

		assertThat(withoutFinance.applicable()).isEqualTo(withFinance.applicable() - 1);
	}

	@Test
	void readsTheWellFunctioningExampleAtTheTopTwoLevelsOnEveryPrinciple() throws Exception {
		List<PrincipleScore> profile = fixture.assess(AdvisorFixture.profile(WELL_FUNCTIONING)).profile();

		assertThat(profile).allSatisfy(p -> assertThat(p.level()).as(p.principle()).isIn(TOP_TWO_LEVELS));
	}

	@Test
	void readsTheDonorChairedExampleLowOnGovernanceAndLeadership() throws Exception {
		assertThat(score("donor-chaired-no-tor", "P3", Map.of()).level()).isIn(BOTTOM_TWO_LEVELS);
		assertThat(score("donor-chaired-no-tor", "P6", Map.of()).level()).isIn(BOTTOM_TWO_LEVELS);
	}

	private static Map<String, Object> withoutFinanceMinistry() {
		Map<String, Object> changes = new HashMap<>();
		changes.put("finance.member", "no");
		changes.put("finance.attendance", null);
		return changes;
	}


	private List<String> questionsFollowing(String parent) {
		return fixture.advisor().questionnaire().questions().stream()
			.filter(q -> q.showIf() != null && q.showIf().question().equals(parent)).map(Question::id).toList();
	}

}
