package org.legadvisor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InclusionRulesTest extends RuleTestSupport {

	@Test
	void doesNotFlagFinanceMinistryThatIsAMemberAndAttends() throws Exception {
		assertThat(findingsWith(Map.of())).doesNotContain("P2-finance-not-member", "P2-finance-absent",
				"P2-finance-some-meetings", "P2-finance-partly-member");
	}

	@Test
	void flagsFinanceMinistryAbsentInPracticeEvenWhenNominallyAMember() throws Exception {
		Finding finding = finding("P2-finance-absent", Map.of("finance.attendance", "rarely"));

		assertThat(finding.evidence()).containsExactly(new Evidence("finance.member", "yes"),
				new Evidence("finance.attendance", "rarely"));
	}

	@Test
	void weighsFinanceAttendanceInStepsFromSomeMeetingsToNever() throws Exception {
		assertThat(finding("P2-finance-some-meetings", Map.of("finance.attendance", "some_meetings")).severity())
			.isEqualTo(Severity.low);
		assertThat(finding("P2-finance-absent", Map.of("finance.attendance", "rarely")).severity())
			.isEqualTo(Severity.medium);
		assertThat(finding("P2-finance-never-attends", Map.of("finance.attendance", "never")).severity())
			.isEqualTo(Severity.high);
		assertThat(findingsWith(Map.of("finance.attendance", "never"))).doesNotContain("P2-finance-absent");
		assertThat(findingsWith(Map.of("finance.attendance", "some_meetings"))).doesNotContain("P2-finance-absent");
	}

	@Test
	void flagsCoreGroupWithoutCivilSociety() throws Exception {
		Map<String, Object> changes = noCivilSociety();
		assertThat(findingsWith(changes)).contains("P2-no-cso").doesNotContain("P2-cso-token-share", "P2-cso-no-support",
				"P2-no-cso-in-crisis");
	}

	@Test
	void weighsMissingCivilSocietyLessInACrisisAndProposesLighterChannels() throws Exception {
		Map<String, Object> changes = noCivilSociety();
		changes.put("context.setting", "crisis");

		Finding finding = finding("P2-no-cso-in-crisis", changes);

		assertThat(finding.severity()).isEqualTo(Severity.medium);
		assertThat(finding.actions()).containsExactly("A-CSO-CRISIS-CHANNEL");
		assertThat(finding.context()).contains("context.crisis");
		assertThat(findingsWith(changes)).doesNotContain("P2-no-cso");
	}

	@Test
	void promptsOnASmallCivilSocietyShareAsCommonPracticeAndSaysWhichFigure() throws Exception {
		Finding finding = finding("P2-cso-token-share", Map.of("members.total", 24, "members.cso", 3));

		assertThat(finding.severity()).isEqualTo(Severity.low);
		assertThat(finding.basis()).startsWith("practice");
		assertThat(finding.thresholds()).containsExactly("cso.token_share");
		assertThat(finding.evidence()).containsExactly(new Evidence("members.total", "24"),
				new Evidence("members.cso", "3"));
	}

	@Test
	void doesNotFlagCivilSocietyShareAtOrAboveTheCommonPracticeFigure() throws Exception {
		assertThat(findingsWith(Map.of("members.total", 20, "members.cso", 3))).doesNotContain("P2-cso-token-share",
				"P2-no-cso");
	}

	@Test
	void flagsCivilSocietyHandPickedByGovernment() throws Exception {
		assertThat(findingsWith(Map.of("cso.selection", "invited_by_government"))).contains("P2-cso-hand-picked");
	}

	@Test
	void doesNotFlagCivilSocietyChosenByItsConstituency() throws Exception {
		assertThat(findingsWith(Map.of())).doesNotContain("P2-cso-hand-picked", "P2-no-cso");
	}

	@Test
	void readsWhatCivilSocietyCanDoBeyondItsSeats() throws Exception {
		assertThat(findingsWith(Map.of("cso.voice", List.of("papers_in_time"))))
			.contains("P2-cso-not-consulted-on-drafts", "P2-cso-no-agenda-items")
			.doesNotContain("P2-cso-papers-late");
		assertThat(findingsWith(Map.of("cso.voice", "dont_know"))).doesNotContain("P2-cso-not-consulted-on-drafts",
				"P2-cso-papers-late", "P2-cso-no-agenda-items");
	}

	@Test
	void weighsCivilSocietyInfluenceInProportion() throws Exception {
		assertThat(finding("P2-cso-presence-formal", Map.of("cso.influence", "formality")).severity())
			.isEqualTo(Severity.medium);
		assertThat(finding("P2-cso-input-little-effect", Map.of("cso.influence", "heard_little_effect")).severity())
			.isEqualTo(Severity.low);
	}

	@Test
	void flagsMeetingsSpentOnUpdatesButNotABalancedDebate() throws Exception {
		Finding finding = finding("P2-updates-not-debate", Map.of("dialogue.debate", "updates"));

		assertThat(finding.evidence()).contains(new Evidence("dialogue.debate", "updates"));
		assertThat(findingsWith(Map.of("dialogue.debate", "balanced"))).doesNotContain("P2-updates-not-debate");
	}

	@Test
	void growsTheWeightOfAnInactiveGroupWithItsSizeInSteps() throws Exception {
		assertThat(finding("P2-large-inactive-group", Map.of("members.total", 40, "members.active", 15, "members.cso", 8))
			.severity()).isEqualTo(Severity.medium);
		Finding veryLarge = finding("P2-very-large-inactive-group",
				Map.of("members.total", 60, "members.active", 20, "members.cso", 10));
		assertThat(veryLarge.severity()).isEqualTo(Severity.high);
		assertThat(veryLarge.thresholds()).contains("members.very_large_group", "members.active_share");
	}

	private static Map<String, Object> noCivilSociety() {
		Map<String, Object> changes = new HashMap<>();
		changes.put("members.cso", 0);
		changes.put("cso.selection", "no_cso_members");
		changes.put("cso.support", null);
		changes.put("cso.voice", null);
		changes.put("cso.influence", null);
		return changes;
	}

}
