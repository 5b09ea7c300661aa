package org.legadvisor.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.springframework.stereotype.Component;

/**
 * Reads an answers document from a request with the CLI's strict reader, so that a malformed document or an unknown
 * field gets the same message on the web as on the command line; Spring never binds it.
 */
@Component
class AnswersBody {

	private final AnswersReader reader = new AnswersReader();

	private final int limit;

	AnswersBody(LegAdvisorProperties properties) {
		this.limit = (int) properties.maxRequestSize().toBytes();
	}

	AnswersDocument read(InputStream body) throws IOException, InvalidAnswersException {
		byte[] bytes = body.readNBytes(limit + 1);
		if (bytes.length > limit) {
			throw new BodyTooLargeException(limit);
		}
		return reader.read(new ByteArrayInputStream(bytes));
	}

	AnswersDocument read(String json) throws IOException, InvalidAnswersException {
		return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

}
