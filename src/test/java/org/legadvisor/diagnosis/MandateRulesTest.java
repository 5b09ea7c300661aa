package org.legadvisor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MandateRulesTest extends RuleTestSupport {

	private static Map<String, Object> noTor(String governmentMandate) {
		Map<String, Object> changes = new HashMap<>();
		changes.put("tor.exists", "no");
		changes.put("tor.covers", null);
		changes.put("tor.years_since_review", null);
		changes.put("mandate.government_endorsed", governmentMandate);
		return changes;
	}

	@Test
	void flagsMissingTermsOfReferenceAsHighWhenNoWrittenMandateExistsEither() throws Exception {
		Finding finding = finding("P1-no-tor", noTor("partly"));

		assertThat(finding.severity()).isEqualTo(Severity.high);
		assertThat(finding.evidence()).contains(new Evidence("tor.exists", "no"));
	}

	@Test
	void weighsMissingTermsOfReferenceLessWhenTheGovernmentMandatedTheLegInWriting() throws Exception {
		Finding finding = finding("P1-no-tor-mandated-otherwise", noTor("yes"));

		assertThat(finding.severity()).isEqualTo(Severity.medium);
		assertThat(finding.actions()).containsExactly("A-TOR-DRAFT");
		assertThat(findingsWith(noTor("yes"))).doesNotContain("P1-no-tor");
	}

	@Test
	void doesNotFlagTermsOfReferenceWhenAgreed() throws Exception {
		assertThat(findingsWith(Map.of("tor.exists", "yes"))).doesNotContain("P1-no-tor", "P1-tor-draft",
				"P1-tor-draft-new-leg");
	}

	@Test
	void weighsADraftPendingInAnEstablishedLegAboveANewLegsFirstDraft() throws Exception {
		Finding pending = finding("P1-tor-draft", Map.of("tor.exists", "partly"));
		Finding firstDraft = finding("P1-tor-draft-new-leg",
				Map.of("tor.exists", "partly", "context.leg_age", "under_2_years"));

		assertThat(pending.severity()).isEqualTo(Severity.medium);
		assertThat(firstDraft.severity()).isEqualTo(Severity.low);
		assertThat(firstDraft.actions()).containsExactly("A-TOR-ADOPT");
	}

	@Test
	void treatsDontKnowAboutTermsOfReferenceAsNeitherPresentNorMissing() throws Exception {
		Map<String, Object> changes = noTor("partly");
		changes.put("tor.exists", "dont_know");
		assertThat(findingsWith(changes)).contains("P1-tor-unknown").doesNotContain("P1-no-tor", "P1-tor-draft");
	}

	@Test
	void flagsTermsOfReferenceUnreviewedForLongerThanTheThreshold() throws Exception {
		Finding finding = finding("P1-tor-outdated", Map.of("tor.years_since_review", 4));

		assertThat(finding.thresholds()).isNotEmpty();
		assertThat(finding.basis()).contains("practice");
	}

	@Test
	void acceptsTermsOfReferenceReviewedThreeYearsAgo() throws Exception {
		assertThat(findingsWith(Map.of("tor.years_since_review", 3))).doesNotContain("P1-tor-outdated");
	}

	@Test
	void weighsEachMiddleAnswerOnTheMandateBelowTheWorstAnswer() throws Exception {
		assertMiddleWeighsLess("mandate.government_endorsed", "partly", "P1-mandate-implicit", "no",
				"P1-no-government-mandate");
		assertMiddleWeighsLess("mandate.shared_understanding", "mostly", "P1-mandate-mostly-shared", "divided",
				"P1-mandate-contested");
		assertMiddleWeighsLess("mandate.donor_processes", "some", "P1-donor-processes-some", "most",
				"P1-donor-processes-dominate");
		assertMiddleWeighsLess("mandate.communication", "partly", "P1-communication-internal", "no",
				"P1-no-communication");
	}

	@Test
	void treatsGrantProcessesTakingAFairShareDuringPlanPreparationAsPartOfThePlansWork() throws Exception {
		Map<String, Object> changes = new HashMap<>();
		changes.put("context.cycle_phase", "preparation");
		changes.put("engagement.trend", null);
		changes.put("mandate.donor_processes", "some");
		assertThat(findingsWith(changes)).doesNotContain("P1-donor-processes-some", "P1-donor-processes-dominate",
				"P1-donor-processes-in-preparation");
	}

	private void assertMiddleWeighsLess(String question, String middle, String middleFinding, String worst,
			String worstFinding) throws Exception {
		Severity lighter = finding(middleFinding, Map.of(question, middle)).severity();
		Severity heavier = finding(worstFinding, Map.of(question, worst)).severity();
		assertThat(lighter).as(question + " = " + middle).isGreaterThan(heavier);
		assertThat(findingsWith(Map.of(question, middle))).as(question + " = " + middle).doesNotContain(worstFinding);
	}

}
