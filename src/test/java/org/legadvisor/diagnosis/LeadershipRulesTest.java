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

	@Test
	void flagsLegChairedByTheCoordinatingAgency() throws Exception {
		Finding finding = finding("P6-partner-chairs", chairedBy("coordinating_agency"));

		assertThat(finding.challenge()).isEqualTo("C7");
		assertThat(finding.evidence()).containsExactly(new Evidence("chair.who", "coordinating_agency"));
	}

	@Test
	void doesNotFlagGovernmentChair() throws Exception {
		assertThat(findingsWith(Map.of())).doesNotContain("P6-partner-chairs", "P6-no-chair", "P6-chair-junior");
	}

	@Test
	void flagsLegWithNoRegularChair() throws Exception {
		assertThat(findingsWith(chairedBy("no_chair"))).contains("P6-no-chair").doesNotContain("P6-partner-chairs");
	}

	@Test
	void flagsGovernmentChairAtTechnicalLevel() throws Exception {
		assertThat(findingsWith(Map.of("chair.level", "technical_officer"))).contains("P6-chair-junior");
	}

	@Test
	void acceptsGovernmentChairAtDirectorLevel() throws Exception {
		assertThat(findingsWith(Map.of("chair.level", "director"))).doesNotContain("P6-chair-junior");
	}

}
