package org.legadvisor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkingArrangementsRulesTest extends RuleTestSupport {

	@Test
	void flagsFewerThanFourMeetingsAYear() throws Exception {
		assertThat(findingsWith(Map.of("meetings.per_year", 3))).contains("P4-meetings-rare")
			.doesNotContain("P4-meetings-rare-in-crisis");
	}

	@Test
	void acceptsQuarterlyMeetings() throws Exception {
		assertThat(findingsWith(Map.of("meetings.per_year", 4))).doesNotContain("P4-meetings-rare",
				"P4-meetings-rare-in-crisis");
	}

	@Test
	void weighsRareMeetingsInACrisisAsAThreatToLocalParticipationAndSaysSo() throws Exception {
		Finding finding = finding("P4-meetings-rare-in-crisis",
				Map.of("meetings.per_year", 2, "context.setting", "crisis"));

		assertThat(finding.context()).containsExactly("context.crisis");
		assertThat(finding.evidence()).contains(new Evidence("context.setting", "crisis"));
		assertThat(findingsWith(Map.of("meetings.per_year", 2, "context.setting", "crisis")))
			.doesNotContain("P4-meetings-rare");
	}

	@Test
	void namesEveryDontKnowAnswerAsEvidenceOfWeakInternalCommunication() throws Exception {
		Finding finding = finding("P4-common-knowledge-unknown", Map.of("calendar.exists", "dont_know",
				"docs.advance", "dont_know", "meetings.per_year", "dont_know"));

		assertThat(finding.evidence()).extracting(Evidence::question)
			.containsExactlyInAnyOrder("calendar.exists", "docs.advance", "meetings.per_year");
	}

}
