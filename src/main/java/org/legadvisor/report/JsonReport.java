package org.legadvisor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.legadvisor.knowledge.JsonFiles;

/** The report as JSON, for tools: the {@link Report} record as it stands. */
final class JsonReport {

	private final ObjectWriter writer = JsonFiles.mapper().writerWithDefaultPrettyPrinter();

	String render(Report report) {
		try {
			return writer.writeValueAsString(report) + System.lineSeparator();
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A report is plain records and always serializes", e);
		}
	}

}
