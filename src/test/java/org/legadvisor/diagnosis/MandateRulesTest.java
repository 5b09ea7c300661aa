package org.legadvisor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MandateRulesTest extends RuleTestSupport {

	private static Map<String, Object> noTor() {
		Map<String, Object> changes = new HashMap<>();
		changes.put("tor.exists", "no");
		changes.put("tor.covers", null);
		changes.put("tor.years_since_review", null);
		return changes;
	}

	@Test
	void flagsMissingTermsOfReferenceWhenNoneExist() throws Exception {
		Finding finding = finding("P1-no-tor", noTor());

		assertThat(finding.challenge()).isEqualTo("C1");
		assertThat(finding.elements()).containsExactly("P1.2", "P3.3");
		assertThat(finding.severity()).isEqualTo(Severity.high);
		assertThat(finding.evidence()).containsExactly(new Evidence("tor.exists", "no"));
	}

	@Test
	void doesNotFlagTermsOfReferenceWhenAgreed() throws Exception {
		assertThat(findingsWith(Map.of("tor.exists", "yes"))).doesNotContain("P1-no-tor", "P1-tor-draft");
	}

	@Test
	void flagsDraftTermsOfReferenceWhenOnlyPartlyAgreed() throws Exception {
		assertThat(findingsWith(Map.of("tor.exists", "partly"))).contains("P1-tor-draft").doesNotContain("P1-no-tor");
	}

	@Test
	void treatsDontKnowAboutTermsOfReferenceAsNeitherPresentNorMissing() throws Exception {
		Map<String, Object> changes = noTor();
		changes.put("tor.exists", "dont_know");
		assertThat(findingsWith(changes)).doesNotContain("P1-no-tor", "P1-tor-draft");
	}

	@Test
	void flagsTermsOfReferenceUnreviewedForMoreThanThreeYears() throws Exception {
		assertThat(findingsWith(Map.of("tor.years_since_review", 4))).contains("P1-tor-outdated");
	}

	@Test
	void acceptsTermsOfReferenceReviewedThreeYearsAgo() throws Exception {
		assertThat(findingsWith(Map.of("tor.years_since_review", 3))).doesNotContain("P1-tor-outdated");
	}

}
