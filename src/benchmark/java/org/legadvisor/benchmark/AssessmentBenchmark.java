package org.legadvisor.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.assessment.Assessment;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.ValidatedAnswers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Warm assessment of each bundled example with the shipped rules (validation, one fresh rule session, profile,
 * ranking), on one thread and on two; parsing and validating the answers alone. Run
 * with {@code mvn -B -Pbenchmark test-compile exec:exec} from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssessmentBenchmark {

	@Param({ "established-leg", "donor-chaired-no-tor", "crisis-setting", "new-leg-no-tor", "agency-leads-de-facto",
			"finance-ministry-absent", "token-civil-society", "large-inactive-group", "no-monitoring" })
	public String profile;

	private AdvisorFixture fixture;

	private Advisor advisor;

	private AnswersDocument answers;

	private byte[] answersJson;

	private AnswerValidator validator;

	@Setup(Level.Trial)
	public void compileRules() throws Exception {
		fixture = new AdvisorFixture();
		advisor = fixture.advisor();
		answers = AdvisorFixture.profile(profile);
		answersJson = Files.readAllBytes(AdvisorFixture.EXAMPLES.resolve(profile + ".json"));
		validator = new AnswerValidator(Questionnaire.load(AdvisorFixture.KNOWLEDGE_BASE.resolve("questionnaire.json")));
	}

	@TearDown(Level.Trial)
	public void release() {
		fixture.close();
	}

	@Benchmark
	public Assessment assess() throws InvalidAnswersException {
		return advisor.assess(answers);
	}

	@Benchmark
	@Threads(2)
	public Assessment assessOnTwoThreads() throws InvalidAnswersException {
		return advisor.assess(answers);
	}

	@Benchmark
	public AnswersDocument parseAnswers() throws IOException, InvalidAnswersException {
		return new AnswersReader().read(new java.io.ByteArrayInputStream(answersJson));
	}

	@Benchmark
	public ValidatedAnswers validateAnswers() throws InvalidAnswersException {
		return validator.validate(answers);
	}


}
