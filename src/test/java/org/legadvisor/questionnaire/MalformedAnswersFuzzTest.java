package org.legadvisor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.legadvisor.knowledge.JsonFiles;

/**
 * Thousands of mutated answers documents, reproducible from a fixed seed: each is either accepted or refused with
 * problems that name a field and what was expected; nothing else may happen.
 */
class MalformedAnswersFuzzTest {

	private static final int DOCUMENTS = 4000;

	private final Questionnaire questionnaire = Questionnaire.load(Path.of("knowledge-base/questionnaire.json"));

	private final AnswerValidator validator = new AnswerValidator(questionnaire);

	@Test
	void everyMutatedDocumentIsAcceptedOrRefusedWithNamedProblems() throws Exception {
		AnswersMutator mutator = new AnswersMutator(new Random(20261123L), questionnaire,
				List.of(Path.of("knowledge-base/examples/established-leg.json"),
						Path.of("knowledge-base/examples/donor-chaired-no-tor.json"),
						Path.of("knowledge-base/examples/crisis-setting.json")));
		int refused = 0;
		for (int i = 0; i < DOCUMENTS; i++) {
			String document = mutator.next();
			try {
				validator.validate(new AnswersReader().read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
			}
			catch (InvalidAnswersException e) {
				refused++;
				assertThat(e.problems()).as(document).isNotEmpty().allSatisfy(p -> {
					assertThat(p.field()).as(document).isNotBlank();
					assertThat(p.expected()).as(document).isNotBlank();
				});
			}
		}
		assertThat(refused).as("the mutations should mostly produce invalid documents").isGreaterThan(DOCUMENTS / 2);
	}

	@Test
	void mutatorProducesDocumentsThatStillParseAsJsonMostOfTheTime() throws Exception {
		AnswersMutator mutator = new AnswersMutator(new Random(7L), questionnaire,
				List.of(Path.of("knowledge-base/examples/established-leg.json")));
		int parsed = 0;
		for (int i = 0; i < 200; i++) {
			try {
				JsonFiles.mapper().readTree(mutator.next());
				parsed++;
			}
			catch (com.fasterxml.jackson.core.JsonProcessingException e) {
				// truncated or corrupted on purpose
			}
		}
		assertThat(parsed).as("structure-level mutations must dominate so the validator, not the parser, is fuzzed")
			.isGreaterThan(120);
	}

}
