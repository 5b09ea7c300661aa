package org.legadvisor.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.legadvisor.knowledge.JsonFiles;

/**
 * Parses an answers document, turning JSON syntax and shape errors into {@link AnswerProblem}s with a location. The
 * document must be exactly one JSON object: text after it, or a field given twice, is refused rather than guessed at.
 */
public final class AnswersReader {

	private static final ObjectReader READER = JsonFiles.mapper()
		.readerFor(AnswersDocument.class)
		.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

	public AnswersDocument read(Path file) throws IOException, InvalidAnswersException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in);
		}
	}

	public AnswersDocument read(InputStream json) throws IOException, InvalidAnswersException {
		try (JsonParser parser = READER.createParser(json)) {
			if (parser.nextToken() == null) {
				throw malformed("document", "empty input", "a JSON object");
			}
			AnswersDocument document = READER.readValue(parser);
			if (document == null) {
				throw malformed("document", "null", "a JSON object");
			}
			return document;
		}
		catch (UnrecognizedPropertyException e) {
			throw malformed(e.getPropertyName(), "an unknown field " + where(e),
					"one of questionnaireVersion, leg, answers, thresholds (leg: name, country, assessedOn, respondent)");
		}
		catch (MismatchedInputException e) {
			if (e.getOriginalMessage().startsWith("Trailing token")) {
				throw malformed("document", "more text after the document's closing brace " + where(e),
						"a single JSON object");
			}
			throw malformed(path(e), "a value of the wrong shape " + where(e), "the answers document format");
		}
		catch (JsonProcessingException e) {
			throw malformed("document", "invalid JSON " + where(e) + ": " + JsonErrorWords.of(e), "valid JSON");
		}
	}

	private static InvalidAnswersException malformed(String field, String given, String expected) {
		return new InvalidAnswersException(
				List.of(new AnswerProblem(AnswerProblem.Kind.MALFORMED_DOCUMENT, field, given, expected)));
	}

	private static String where(JsonProcessingException e) {
		return e.getLocation() == null || e.getLocation().getLineNr() < 0 ? "in the document"
				: "at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
	}

	private static String path(MismatchedInputException e) {
		String path = e.getPath().stream()
			.map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
			.reduce((a, b) -> a + "." + b)
			.orElse("document");
		return path;
	}

}
