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

		assertThat(problem.given()).contains("line 2").contains("the field \"tor.exists\" given twice");
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

		assertThat(refusal(tooDeep).given()).endsWith(": a value nested too deeply or too long to be read");
		assertThat(refusal(tooLong).given()).endsWith(": a value nested too deeply or too long to be read");
		assertThat(refusal("{ \"leg\": { \"name\": \"x\"").given())
			.endsWith(": the document ends too early: a brace, a bracket or a quotation mark is not closed");
		assertThat(refusal("{ \"answers\": { \"x\": NaN } }").given()).contains("a number written in a way JSON");
		assertThat(refusal("/* note */ {}").given()).endsWith(": a comment: JSON has no comments");
		assertThat(refusal("{ \"leg\": { \"name\": \"x\", } }").given())
			.isEqualTo("invalid JSON at line 1, column 25: a comma with nothing after it (the last entry of an object "
					+ "or a list takes no comma)");
		assertThat(refusal("{ \"answers\": { \"tor.exists\": yes } }").given())
			.endsWith("the word yes without quotation marks: a text is written between double quotes (\"yes\"); only "
					+ "true, false and null go without");
		assertThat(refusal("{ leg: {} }").given()).contains("a name without double quotes, starting with l");
		assertThat(refusal("{ 'leg': {} }").given()).contains("text between single quotes");
		assertThat(refusal("{ \"leg\" {} }").given()).contains("a name not followed by a colon");
		assertThat(refusal("{ \"leg\": {} \"answers\": {} }").given()).endsWith("two entries without a comma between them");
		for (String document : new String[] { tooDeep, tooLong, "{ \"leg\": {", "{ \"answers\": { \"x\": NaN } }",
				"/* note */ {}", "{'a': 1}", "{ \"leg\": \"\\q\" }", "[1, 2", "{ \"leg\": { ] }", "{ \"a\": 01 }" }) {
			assertThat(refusal(document).given()).as(document)
				.doesNotContain("`", "Source:", "REDACTED", "Feature", "StreamRead", "Exception", "java.", "Unexpected",
						"expecting", "token", "marker")
				.doesNotContain("a character JSON does not allow here");
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
