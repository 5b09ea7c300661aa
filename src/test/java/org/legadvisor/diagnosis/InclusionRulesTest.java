package org.legadvisor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InclusionRulesTest extends RuleTestSupport {

	@Test
	void flagsMissingFinanceMinistryWhenAbsentFromMembers() throws Exception {
		Map<String, Object> changes = new HashMap<>();
		changes.put("finance.member", "no");
		changes.put("finance.attendance", null);

		Finding finding = finding("P2-finance-not-member", changes);

		assertThat(finding.elements()).containsExactly("P2.2");
		assertThat(finding.actions()).containsExactly("A-FINANCE-INVITE");
	}

	@Test
	void doesNotFlagFinanceMinistryThatIsAMemberAndAttends() throws Exception {
		assertThat(findingsWith(Map.of())).doesNotContain("P2-finance-not-member", "P2-finance-absent");
	}

	@Test
	void flagsFinanceMinistryAbsentInPracticeEvenWhenNominallyAMember() throws Exception {
		Finding finding = finding("P2-finance-absent", Map.of("finance.attendance", "rarely"));

		assertThat(finding.evidence()).containsExactly(new Evidence("finance.member", "yes"),
				new Evidence("finance.attendance", "rarely"));
	}

	@Test
	void doesNotFlagFinanceAttendanceAtSomeMeetings() throws Exception {
		assertThat(findingsWith(Map.of("finance.attendance", "some_meetings"))).doesNotContain("P2-finance-absent");
	}

	@Test
	void flagsCoreGroupWithoutCivilSociety() throws Exception {
		Map<String, Object> changes = new HashMap<>();
		changes.put("members.cso", 0);
		changes.put("cso.selection", "no_cso_members");
		changes.put("cso.support", null);
		assertThat(findingsWith(changes)).contains("P2-no-cso").doesNotContain("P2-cso-token-share", "P2-cso-no-support");
	}

	@Test
	void flagsTokenCivilSocietyShareBelowFifteenPercent() throws Exception {
		Finding finding = finding("P2-cso-token-share", Map.of("members.total", 24, "members.cso", 3));

		assertThat(finding.evidence()).containsExactly(new Evidence("members.total", "24"),
				new Evidence("members.cso", "3"));
	}

	@Test
	void doesNotFlagCivilSocietyShareOfFifteenPercentOrMore() throws Exception {
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

}
