package org.legadvisor.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.legadvisor.knowledge.JsonFiles;

/** Parses an answers document, turning JSON syntax and shape errors into {@link AnswerProblem}s with a location. */
public final class AnswersReader {

	public AnswersDocument read(Path file) throws IOException, InvalidAnswersException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in);
		}
	}

	public AnswersDocument read(InputStream json) throws IOException, InvalidAnswersException {
		try {
			AnswersDocument document = JsonFiles.mapper().readValue(json, AnswersDocument.class);
			if (document == null) {
				throw malformed("document", "empty input", "a JSON object");
			}
			return document;
		}
		catch (UnrecognizedPropertyException e) {
			throw malformed(e.getPropertyName(), "an unknown field " + where(e),
					"one of questionnaireVersion, leg, answers (leg: name, country, assessedOn, respondent)");
		}
		catch (MismatchedInputException e) {
			throw malformed(path(e), "a value of the wrong shape " + where(e), "the answers document format");
		}
		catch (JsonProcessingException e) {
			throw malformed("document", "invalid JSON " + where(e) + ": " + e.getOriginalMessage(), "valid JSON");
		}
	}

	private static InvalidAnswersException malformed(String field, String given, String expected) {
		return new InvalidAnswersException(
				List.of(new AnswerProblem(AnswerProblem.Kind.MALFORMED_DOCUMENT, field, given, expected)));
	}

	private static String where(JsonProcessingException e) {
		return e.getLocation() == null ? ""
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
