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
				throw malformed("document", Phrase.say("answers.read.empty"), Phrase.say("answers.read.object"));
			}
			AnswersDocument document = READER.readValue(parser);
			if (document == null) {
				throw malformed("document", Phrase.say("answers.read.null"), Phrase.say("answers.read.object"));
			}
			return document;
		}
		catch (UnrecognizedPropertyException e) {
			throw malformed(e.getPropertyName(), Phrase.say("answers.read.unknownField", where(e)),
					Phrase.say("answers.read.fields"));
		}
		catch (MismatchedInputException e) {
			if (e.getOriginalMessage().startsWith("Trailing token")) {
				throw malformed("document", Phrase.say("answers.read.trailing", where(e)),
						Phrase.say("answers.read.singleObject"));
			}
			throw malformed(path(e), Phrase.say("answers.read.wrongShape", where(e)), Phrase.say("answers.read.format"));
		}
		catch (JsonProcessingException e) {
			throw malformed("document", Phrase.say("answers.read.invalidJson", where(e), JsonErrorWords.of(e)),
					Phrase.say("answers.read.validJson"));
		}
	}

	private static InvalidAnswersException malformed(String field, Phrase given, Phrase expected) {
		return new InvalidAnswersException(List.of(AnswerProblem.ofField(AnswerProblem.Kind.MALFORMED_DOCUMENT, field,
				given, expected, ProblemWords.english(null))));
	}

	private static Phrase where(JsonProcessingException e) {
		return e.getLocation() == null || e.getLocation().getLineNr() < 0 ? Phrase.say("answers.read.inDocument")
				: Phrase.say("answers.read.at", e.getLocation().getLineNr(), e.getLocation().getColumnNr());
	}

	private static String path(MismatchedInputException e) {
		String path = e.getPath().stream()
			.map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
			.reduce((a, b) -> a + "." + b)
			.orElse("document");
		return path;
	}

}
