package org.legadvisor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.diagnosis.Finding;
import org.legadvisor.engine.RuleBase;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.ValidatedAnswers;

/** The baseline is only a fair comparison while it concludes exactly what the rules it copies conclude. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainJavaDiagnosisTest {

	private RuleBase rules;

	private AnswerValidator validator;

	@BeforeAll
	void compile() throws Exception {
		rules = new RuleBaseCompiler().compile(BaselineBenchmark.FIRST_RULES);
		validator = new AnswerValidator(Questionnaire.load(AdvisorFixture.KNOWLEDGE_BASE.resolve("questionnaire.json")));
	}

	@AfterAll
	void release() {
		rules.close();
	}

	@TestFactory
	Stream<DynamicTest> concludesWhatTheFirstRulesConcludeOnEveryExample() throws IOException {
		List<String> profiles;
		try (Stream<java.nio.file.Path> files = Files.list(AdvisorFixture.EXAMPLES)) {
			profiles = files.map(f -> f.getFileName().toString())
				.filter(n -> n.endsWith(".json") && !n.endsWith(".expected.json"))
				.map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
		}
		return profiles.stream().map(profile -> DynamicTest.dynamicTest(profile, () -> {
			ValidatedAnswers answers = validator.validate(AdvisorFixture.profile(profile));
			List<String> byRules = rules.run(answers.answers(), Finding.class).results().stream().map(Finding::id).toList();

			assertThat(new PlainJavaDiagnosis().findingIds(answers.byQuestion()))
				.containsExactlyInAnyOrderElementsOf(byRules);
		}));
	}

}
