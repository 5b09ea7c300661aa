package org.legadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legadvisor.diagnosis.Finding;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;

/** The findings alone ({@link Advisor#diagnose}) are those of the whole assessment, in the same order. */
class AdvisorDiagnoseTest {

	private static AdvisorFixture fixture;

	@BeforeAll
	static void compileRules() throws Exception {
		fixture = new AdvisorFixture();
	}

	@AfterAll
	static void closeRules() {
		fixture.close();
	}

	static Stream<String> examples() throws IOException {
		try (Stream<Path> files = Files.list(AdvisorFixture.EXAMPLES)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".json") && !name.endsWith(".expected.json"))
				.map(name -> name.substring(0, name.length() - ".json".length()))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void diagnosingGivesTheAssessmentsFindingsWithTheirTitles(String example) throws Exception {
		AnswersDocument answers = AdvisorFixture.profile(example);

		List<Finding> diagnosed = fixture.advisor().diagnose(answers);

		assertThat(diagnosed).isEqualTo(fixture.assess(answers).findings());
	}

	@Test
	void diagnosingADonorChairedGroupFindsWhatItLacks() throws Exception {
		assertThat(fixture.advisor().diagnose(AdvisorFixture.profile("donor-chaired-no-tor")))
			.extracting(Finding::id)
			.contains("P1-no-tor");
	}

	@Test
	void diagnosingRefusesInvalidAnswersAsAssessingDoes() throws Exception {
		AnswersDocument answers = AdvisorFixture.profile("established-leg",
				java.util.Map.of("members.total", "many"));

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.advisor().diagnose(answers))
			.isInstanceOf(InvalidAnswersException.class);
	}

}
