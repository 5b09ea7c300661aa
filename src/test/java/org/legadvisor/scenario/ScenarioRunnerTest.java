package org.legadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.legadvisor.assessment.AdvisorFixture;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioRunnerTest {

	private AdvisorFixture fixture;

	private ScenarioRunner runner;

	@BeforeAll
	void compile() throws Exception {
		fixture = new AdvisorFixture();
		runner = new ScenarioRunner(fixture.advisor());
	}

	@AfterAll
	void release() {
		fixture.close();
	}

	private ScenarioResult run(Expectation expect) throws Exception {
		var answers = AdvisorFixture.profile("donor-chaired-no-tor", Map.of());
		return runner.run(new Scenario("test", "test", answers, expect));
	}

	@Test
	void passesWhenEveryExpectationHolds() throws Exception {
		ScenarioResult result = run(new Expectation(List.of("P1-no-tor"), List.of("P1-tor-draft"),
				List.of(List.of("A-TOR-DRAFT", "A-MEETING-CALENDAR")), null));

		assertThat(result.passed()).isTrue();
	}

	@Test
	void saysWhichFindingIsMissingAndWhichShouldNotHaveAppeared() throws Exception {
		ScenarioResult result = run(new Expectation(List.of("P1-tor-draft"), List.of("P1-no-tor"), null, null));

		assertThat(result.passed()).isFalse();
		assertThat(result.differences()).containsExactly("expected finding P1-tor-draft, but it did not appear",
				"finding P1-no-tor appeared, but should not (\"Without written terms of reference the mandate is not agreed\")");
	}

	@Test
	void saysWhereTwoActionsRankedWhenTheOrderIsWrong() throws Exception {
		ScenarioResult result = run(new Expectation(null, null, List.of(List.of("A-MEETING-CALENDAR", "A-TOR-DRAFT")),
				null));

		assertThat(result.differences()).singleElement().asString()
			.matches("expected A-MEETING-CALENDAR above A-TOR-DRAFT, but A-MEETING-CALENDAR is ranked \\d+ "
					+ "and A-TOR-DRAFT is ranked 1");
	}

	@Test
	void countsFindingsAgainstTheCeiling() throws Exception {
		ScenarioResult result = run(new Expectation(null, null, null, 2));

		assertThat(result.differences()).singleElement().asString().matches("(?s)\\d+ findings, expected at most 2: .*");
	}

	@Test
	void refusesExpectationsThatNameUnknownIds() throws Exception {
		ScenarioResult result = run(new Expectation(null, List.of("P1-no-torr"), List.of(List.of("A-TOR", "A-TOR-DRAFT")),
				null));

		assertThat(result.differences()).containsExactly("no rule has the finding id P1-no-torr",
				"no action in the catalogue has the id A-TOR");
	}

}
