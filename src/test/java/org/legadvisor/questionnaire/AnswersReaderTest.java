package org.legadvisor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What the reader refuses before the validator sees a document, and the words it uses: those of JSON, not of Java. */
class AnswersReaderTest {

	private static final String DOCUMENT = """
			{ "questionnaireVersion": "1.0", "leg": { "name": "X" }, "answers": { "tor.exists": "no" } }""";

	@Test
	void readsAWellFormedDocument() throws Exception {
		AnswersDocument document = read(DOCUMENT);

		assertThat(document.leg().name()).isEqualTo("X");
		assertThat(document.answers()).containsOnlyKeys("tor.exists");
	}

	@Test
	void refusesTextAfterTheDocument() {
		assertThat(refusal(DOCUMENT + " {}")).satisfies(p -> {
			assertThat(p.field()).isEqualTo("document");
			assertThat(p.given()).startsWith("more text after the document's closing brace at line 1");
			assertThat(p.expected()).isEqualTo("a single JSON object");
		});
		assertThat(refusal(DOCUMENT + " // a comment").given()).startsWith("invalid JSON at line 1");
	}

	@Test
	void refusesAnAnswerGivenTwiceRatherThanKeepingOne() {
		AnswerProblem problem = refusal("""
				{ "questionnaireVersion": "1.0", "leg": { "name": "X" },
				  "answers": { "tor.exists": "no", "tor.exists": "yes" } }""");

		assertThat(problem.given()).contains("line 2").contains("Duplicate field 'tor.exists'");
	}

	@Test
	void saysAnEmptyBodyIsEmpty() {
		assertThat(refusal("").given()).isEqualTo("empty input");
		assertThat(refusal("  \n ").given()).isEqualTo("empty input");
		assertThat(refusal("null").expected()).isEqualTo("a JSON object");
	}

	@Test
	void describesSyntaxErrorsWithoutNamingTheParsersClassesOrSettings() {
		String tooDeep = "{ \"answers\": { \"tor.exists\": " + "[".repeat(1500) + "]".repeat(1500) + " } }";
		String tooLong = "{ \"answers\": { \"meetings.per_year\": " + "9".repeat(2000) + " } }";

		assertThat(refusal(tooDeep).given()).contains("nesting depth (1001) exceeds the maximum allowed (1000)");
		assertThat(refusal(tooLong).given()).contains("Number value length (2000) exceeds the maximum allowed (1000)");
		assertThat(refusal("{ \"leg\": { \"name\": \"x\"").given())
			.contains("expected close marker for Object (start marker at line 1, column 10)");
		assertThat(refusal("{ \"answers\": { \"x\": NaN } }").given()).endsWith("Non-standard token 'NaN'");
		assertThat(refusal("/* note */ {}").given()).endsWith("maybe a (non-standard) comment?");
		for (String document : new String[] { tooDeep, tooLong, "{ \"leg\": {", "{ \"answers\": { \"x\": NaN } }",
				"/* note */ {}", "{'a': 1}", "{ \"leg\": \"\\q\" }", "[1, 2" }) {
			assertThat(refusal(document).given()).as(document)
				.doesNotContain("`", "Source:", "REDACTED", "Feature", "StreamRead", "Exception", "java.");
		}
	}

	private static AnswersDocument read(String json) throws Exception {
		return new AnswersReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	private static AnswerProblem refusal(String json) {
		InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class, () -> read(json));
		assertThat(e).as("refused: %s", json).isNotNull();
		assertThat(e.problems()).hasSize(1);
		AnswerProblem problem = e.problems().get(0);
		assertThat(problem.kind()).isEqualTo(AnswerProblem.Kind.MALFORMED_DOCUMENT);
		return problem;
	}

}
