package org.legadvisor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkingArrangementsRulesTest extends RuleTestSupport {

	@Test
	void flagsMeetingsBelowTheCommonPracticeFigure() throws Exception {
		Finding finding = finding("P4-meetings-rare", Map.of("meetings.per_year", 3));

		assertThat(finding.basis()).startsWith("practice");
		assertThat(finding.thresholds()).contains("meetings.few_per_year");
		assertThat(findingsWith(Map.of("meetings.per_year", 3))).doesNotContain("P4-meetings-rare-in-crisis",
				"P4-meetings-very-rare");
	}

	@Test
	void weighsAYearWithOneMeetingOrNoneAsTheLowerStep() throws Exception {
		Finding finding = finding("P4-meetings-very-rare", Map.of("meetings.per_year", 1));

		assertThat(finding.severity()).isEqualTo(Severity.high);
		assertThat(findingsWith(Map.of("meetings.per_year", 1))).doesNotContain("P4-meetings-rare");
	}

	@Test
	void acceptsMeetingsAtTheCommonPracticeFigure() throws Exception {
		assertThat(findingsWith(Map.of("meetings.per_year", 4))).doesNotContain("P4-meetings-rare",
				"P4-meetings-rare-in-crisis", "P4-meetings-very-rare");
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

		assertThat(finding.elements()).containsExactly("P4.2");
		assertThat(finding.evidence()).extracting(Evidence::question)
			.containsExactlyInAnyOrder("calendar.exists", "docs.advance", "meetings.per_year");
	}

	@Test
	void takesASingleDontKnowOnCommonKnowledgeAsALowCommunicationPrompt() throws Exception {
		Finding finding = finding("P4-common-knowledge-gap", Map.of("calendar.exists", "dont_know"));

		assertThat(finding.severity()).isEqualTo(Severity.low);
		assertThat(finding.evidence()).containsExactly(new Evidence("calendar.exists", "dont_know"));
		assertThat(finding.thresholds()).containsExactly("common_knowledge.unknown_share");
	}

	@Test
	void weighsDontKnowByTheShareOfCommonKnowledgeQuestionsAnswered() throws Exception {
		// Two unknowns of fifteen answered stay a low prompt; the same two of only a few answered are a pattern.
		Map<String, Object> fewAnswered = new HashMap<>();
		fewAnswered.put("calendar.exists", "dont_know");
		fewAnswered.put("docs.advance", "dont_know");
		for (String question : new String[] { "tor.exists", "cochair.who", "finance.member", "members.total",
				"roadmap.exists", "minutes.followup", "twg.exists", "selfassessment.last", "code.exists",
				"function.jsr" }) {
			fewAnswered.put(question, null);
		}
		fewAnswered.put("tor.covers", null);
		fewAnswered.put("tor.years_since_review", null);
		fewAnswered.put("finance.attendance", null);
		fewAnswered.put("twg.reporting", null);
		fewAnswered.put("jsr.followup", null);
		fewAnswered.put("jsr.public", null);

		assertThat(findingsWith(Map.of("calendar.exists", "dont_know", "docs.advance", "dont_know")))
			.contains("P4-common-knowledge-gap").doesNotContain("P4-common-knowledge-unknown");
		assertThat(findingsWith(fewAnswered)).contains("P4-common-knowledge-unknown")
			.doesNotContain("P4-common-knowledge-gap");
	}

	@Test
	void flagsASecretariatRunByTheAgencyInPracticeButNotOneTheGovernmentRuns() throws Exception {
		Finding finding = finding("P4-secretariat-agency-de-facto", Map.of("secretariat.in_practice", "agency_mostly"));

		assertThat(finding.evidence()).contains(new Evidence("secretariat.in_practice", "agency_mostly"));
		assertThat(findingsWith(Map.of())).doesNotContain("P4-secretariat-agency-de-facto", "P4-no-secretariat");
	}

	@Test
	void flagsPapersAFewDaysAheadOutsideACrisisOnly() throws Exception {
		assertThat(finding("P4-documents-few-days", Map.of("docs.advance", "few_days")).severity())
			.isEqualTo(Severity.low);
		assertThat(findingsWith(Map.of("docs.advance", "few_days", "context.setting", "crisis")))
			.doesNotContain("P4-documents-few-days", "P4-documents-late-in-crisis");
	}

}
