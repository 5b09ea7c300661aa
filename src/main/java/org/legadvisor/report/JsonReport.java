package org.legadvisor.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.legadvisor.knowledge.JsonFiles;

/** The report as JSON, for tools: the {@link Report} record as it stands. */
final class JsonReport {

	private static final ObjectWriter WRITER = JsonFiles.mapper().writerWithDefaultPrettyPrinter();

	private static final byte[] LINE_END = System.lineSeparator().getBytes(StandardCharsets.UTF_8);

	String render(Report report) {
		try {
			return WRITER.writeValueAsString(report) + System.lineSeparator();
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A report is plain records and always serializes", e);
		}
	}

	/**
	 * The same as {@link #render}, as UTF-8: written as bytes at once, which costs a service about a quarter less CPU
	 * and half the allocation of writing a string and then encoding it (docs/performance.md).
	 */
	static byte[] utf8(Object report) {
		try {
			byte[] json = WRITER.writeValueAsBytes(report);
			byte[] withLineEnd = Arrays.copyOf(json, json.length + LINE_END.length);
			System.arraycopy(LINE_END, 0, withLineEnd, json.length, LINE_END.length);
			return withLineEnd;
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A report is plain records and always serializes", e);
		}
	}

}
