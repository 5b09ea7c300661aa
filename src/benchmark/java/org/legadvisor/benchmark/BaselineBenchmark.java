package org.legadvisor.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.diagnosis.Finding;
import org.legadvisor.engine.RuleBase;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.Questionnaire;
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

/**
 * The engine against the plain-Java baseline, on the same checks (the first rule set) and the same validated
 * answers, measured in the same run: the ratio of the two scores is the engine's cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BaselineBenchmark {

	static final Path FIRST_RULES = Path.of("src/test/resources/benchmark/first-rules");

	@Param({ "donor-chaired-no-tor" })
	public String profile;

	private RuleBase rules;

	private List<Answer> answers;

	private Map<String, Answer> answersById;

	private final PlainJavaDiagnosis baseline = new PlainJavaDiagnosis();

	@Setup(Level.Trial)
	public void prepare() throws Exception {
		rules = new RuleBaseCompiler().compile(FIRST_RULES);
		var validated = new AnswerValidator(Questionnaire.load(AdvisorFixture.KNOWLEDGE_BASE.resolve("questionnaire.json")))
			.validate(AdvisorFixture.profile(profile));
		answers = validated.answers();
		answersById = validated.byQuestion();
	}

	@TearDown(Level.Trial)
	public void release() {
		rules.close();
	}

	@Benchmark
	public List<Finding> drools() {
		return rules.run(answers, Finding.class).results();
	}

	@Benchmark
	public List<String> plainJava() {
		return baseline.findingIds(answersById);
	}

}
