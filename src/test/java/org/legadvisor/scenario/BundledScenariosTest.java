package org.legadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.legadvisor.assessment.AdvisorFixture;

/** The example profiles and rule scenarios shipped with the rules, each as a test of its own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundledScenariosTest {

	private static final Path RULE_SCENARIOS = AdvisorFixture.RULES.resolve("scenarios");

	private AdvisorFixture fixture;

	private List<Scenario> scenarios;

	@BeforeAll
	void load() throws Exception {
		fixture = new AdvisorFixture();
		ScenarioLoader loader = new ScenarioLoader(AdvisorFixture.EXAMPLES);
		scenarios = new ArrayList<>(loader.load(AdvisorFixture.EXAMPLES));
		scenarios.addAll(loader.load(RULE_SCENARIOS));
	}

	@AfterAll
	void release() {
		fixture.close();
	}

	@TestFactory
	Stream<DynamicTest> everyBundledScenarioHolds() {
		ScenarioRunner runner = new ScenarioRunner(fixture.advisor());
		return scenarios.stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
			ScenarioResult result = runner.run(scenario);
			assertThat(result.differences()).as(scenario.source()).isEmpty();
		}));
	}

	@Test
	void everyExampleProfileHasItsExpectations() throws Exception {
		Set<String> withExpectations = new ScenarioLoader(AdvisorFixture.EXAMPLES).load(AdvisorFixture.EXAMPLES).stream()
			.map(Scenario::name).collect(Collectors.toSet());
		try (Stream<Path> files = java.nio.file.Files.list(AdvisorFixture.EXAMPLES)) {
			List<String> profiles = files.map(f -> f.getFileName().toString())
				.filter(n -> n.endsWith(".json") && !n.endsWith(ScenarioLoader.EXPECTED))
				.map(n -> n.substring(0, n.length() - ".json".length())).toList();
			assertThat(withExpectations).containsExactlyInAnyOrderElementsOf(profiles);
		}
	}

	@Test
	void everyRuleHasAScenarioWhereItFiresAndOneWhereItDoesNot() {
		Set<String> firing = scenarios.stream().flatMap(s -> s.expect().include().stream()).collect(Collectors.toSet());
		Set<String> silent = scenarios.stream().flatMap(s -> s.expect().exclude().stream()).collect(Collectors.toSet());

		assertThat(fixture.advisor().findingIds()).allSatisfy(id -> {
			assertThat(firing).as("a scenario where " + id + " fires").contains(id);
			assertThat(silent).as("a scenario where " + id + " does not fire").contains(id);
		});
	}

	@Test
	void everyFindingOfEveryScenarioNamesTheAnswersBehindIt() throws Exception {
		for (Scenario scenario : scenarios) {
			assertThat(fixture.assess(scenario.answers()).findings())
				.as(scenario.source())
				.allSatisfy(finding -> assertThat(finding.evidence()).as(finding.id()).isNotEmpty());
		}
	}

}
