package org.legadvisor.web.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.web.LegAdvisorProperties;
import org.springframework.stereotype.Component;

/**
 * Reads an answers document from a request with the CLI's strict reader, so that a malformed document or an unknown
 * field gets the same message on the web as on the command line; Spring never binds it. The body must arrive whole,
 * within the size limit and the body timeout.
 */
@Component
public class AnswersBody {

	private final AnswersReader reader = new AnswersReader();

	private final int limit;

	private final Duration timeout;

	AnswersBody(LegAdvisorProperties properties) {
		this.limit = (int) properties.maxRequestSize().toBytes();
		this.timeout = properties.bodyTimeout();
	}

	public AnswersDocument read(InputStream body) throws IOException, InvalidAnswersException {
		return reader.read(new ByteArrayInputStream(receive(body)));
	}

	public AnswersDocument read(String json) throws IOException, InvalidAnswersException {
		return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Each read blocks at most for the container's connection timeout, so a client trickling its body a byte at a
	 * time is caught by the deadline checked between reads.
	 */
	private byte[] receive(InputStream body) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		while (true) {
			int read = readChunk(body, buffer, Math.min(buffer.length, limit + 1 - received.size()));
			if (read < 0) {
				return received.toByteArray();
			}
			received.write(buffer, 0, read);
			if (received.size() > limit) {
				throw new BodyTooLargeException(limit);
			}
			if (System.nanoTime() - deadline > 0) {
				throw new BodyTimeoutException(timeout);
			}
		}
	}

	private int readChunk(InputStream body, byte[] buffer, int length) throws IOException {
		try {
			return body.read(buffer, 0, length);
		}
		catch (IOException e) {
			for (Throwable cause = e; cause != null; cause = cause.getCause()) {
				if (cause instanceof SocketTimeoutException) {
					throw new BodyTimeoutException(timeout);
				}
			}
			throw new IncompleteBodyException(e);
		}
	}

}
