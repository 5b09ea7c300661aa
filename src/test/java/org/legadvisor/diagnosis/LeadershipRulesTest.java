package org.legadvisor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LeadershipRulesTest extends RuleTestSupport {

	private static Map<String, Object> chairedBy(String who) {
		Map<String, Object> changes = new HashMap<>();
		changes.put("chair.who", who);
		changes.put("chair.level", null);
		return changes;
	}

	private static Map<String, Object> partnerChairChosenBy(String arrangement) {
		Map<String, Object> changes = chairedBy("coordinating_agency");
		changes.put("chair.arrangement_chosen", arrangement);
		return changes;
	}

	@Test
	void flagsLegChairedByTheCoordinatingAgency() throws Exception {
		Finding finding = finding("P6-partner-chairs", chairedBy("coordinating_agency"));

		assertThat(finding.evidence()).containsExactly(new Evidence("chair.who", "coordinating_agency"));
	}

	@Test
	void respectsAPartnerChairTheGovernmentChoseAndOnlySuggestsAReview() throws Exception {
		for (String chosen : new String[] { "government", "jointly" }) {
			Finding finding = finding("P6-partner-chairs-by-government-choice", partnerChairChosenBy(chosen));

			assertThat(finding.severity()).as(chosen).isEqualTo(Severity.low);
			assertThat(finding.actions()).as(chosen).containsExactly("A-CHAIR-GOVERNMENT");
			assertThat(findingsWith(partnerChairChosenBy(chosen))).as(chosen).doesNotContain("P6-partner-chairs",
					"P6-partner-chairs-government-cochair");
		}
	}

	@Test
	void treatsAPartnerChairThatCameAboutWithoutAGovernmentDecisionAsNotGovernmentLed() throws Exception {
		assertThat(findingsWith(partnerChairChosenBy("not_decided"))).contains("P6-partner-chairs")
			.doesNotContain("P6-partner-chairs-by-government-choice");
	}

	@Test
	void doesNotFlagGovernmentChair() throws Exception {
		assertThat(findingsWith(Map.of())).doesNotContain("P6-partner-chairs", "P6-no-chair", "P6-chair-junior",
				"P6-chair-director", "P6-partner-chairs-by-government-choice");
	}

	@Test
	void flagsLegWithNoRegularChair() throws Exception {
		assertThat(findingsWith(chairedBy("no_chair"))).contains("P6-no-chair").doesNotContain("P6-partner-chairs");
	}

	@Test
	void flagsGovernmentChairAtTechnicalLevel() throws Exception {
		assertThat(findingsWith(Map.of("chair.level", "technical_officer"))).contains("P6-chair-junior")
			.doesNotContain("P6-chair-director");
	}

	@Test
	void weighsADirectorInTheChairLowWithARouteToSeniorManagement() throws Exception {
		Finding finding = finding("P6-chair-director", Map.of("chair.level", "director"));

		assertThat(finding.severity()).isEqualTo(Severity.low);
		assertThat(finding.actions()).containsExactly("A-DECISION-ESCALATION");
		assertThat(findingsWith(Map.of("chair.level", "director"))).doesNotContain("P6-chair-junior");
	}

	@Test
	void readsResistanceWithinGovernmentInProportion() throws Exception {
		Finding strong = finding("P6-government-resists-dialogue", Map.of("leadership.resistance", "strong"));
		Finding some = finding("P6-government-some-resistance", Map.of("leadership.resistance", "some"));

		assertThat(strong.challenge()).isEqualTo("C4");
		assertThat(strong.severity()).isEqualTo(Severity.high);
		assertThat(some.severity()).isEqualTo(Severity.low);
	}

	@Test
	void weighsEachMiddleAnswerOnLeadershipBelowTheWorstAnswer() throws Exception {
		assertMiddleWeighsLess("leadership.commitment", "partly", "P6-commitment-partial", "no", "P6-low-commitment");
		assertMiddleWeighsLess("leadership.attendance", "sometimes", "P6-senior-officials-sometimes", "rarely",
				"P6-leadership-faded");
		assertMiddleWeighsLess("governance.support", "partly", "P6-leaders-partly-supported", "no",
				"P6-leaders-unsupported");
		assertMiddleWeighsLess("leadership.skills", "partly", "P6-leadership-skills-partial", "no",
				"P6-leadership-skills-gap");
		assertMiddleWeighsLess("governance.decisions_followed", "sometimes", "P3-decisions-sometimes-acted-on",
				"rarely", "P3-decisions-not-acted-on");
		assertMiddleWeighsLess("staff.turnover", "some", "P3-turnover-some", "high", "P3-high-turnover");
		assertMiddleWeighsLess("info.financial_shared", "occasionally", "P3-financial-info-occasional", "never",
				"P3-financial-opacity");
	}

	private void assertMiddleWeighsLess(String question, String middle, String middleFinding, String worst,
			String worstFinding) throws Exception {
		Severity lighter = finding(middleFinding, Map.of(question, middle)).severity();
		Severity heavier = finding(worstFinding, Map.of(question, worst)).severity();
		assertThat(lighter).as(question + " = " + middle).isGreaterThan(heavier);
		assertThat(findingsWith(Map.of(question, middle))).as(question + " = " + middle).doesNotContain(worstFinding);
	}

}
