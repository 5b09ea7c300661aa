package org.legadvisor.diagnosis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.legadvisor.assessment.AdvisorFixture;

/**
 * Base of the rule tests: the real rules, compiled once per test class, run on the well-functioning example
 * profile with a few answers changed, so that each test shows which answers make a rule fire.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RuleTestSupport {

	static final String WELL_FUNCTIONING = "established-leg";

	AdvisorFixture fixture;

	@BeforeAll
	void compileRules() throws Exception {
		fixture = new AdvisorFixture();
	}

	@AfterAll
	void releaseRules() {
		fixture.close();
	}

	/** Finding ids for the well-functioning profile with these answers changed. */
	List<String> findingsWith(Map<String, Object> changes) throws Exception {
		return fixture.findingIds(AdvisorFixture.profile(WELL_FUNCTIONING, changes));
	}

	Finding finding(String id, Map<String, Object> changes) throws Exception {
		return fixture.assess(AdvisorFixture.profile(WELL_FUNCTIONING, changes)).findings().stream()
			.filter(f -> f.id().equals(id)).findFirst()
			.orElseThrow(() -> new AssertionError("expected finding " + id));
	}

}
