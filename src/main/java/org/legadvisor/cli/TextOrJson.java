package org.legadvisor.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.legadvisor.knowledge.JsonFiles;
import picocli.CommandLine.Option;

/**
 * {@code --format text|json} of the commands that print a result either for a person or for a program: the text, or
 * the result as one pretty-printed JSON document. Shared by {@code validate} and {@code coverage}.
 */
final class TextOrJson {

	enum Format {
		text, json
	}

	@Option(names = "--format", defaultValue = "text",
			description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	Format format;

	/** Prints {@code document} as JSON with {@code --format json}, else has {@code text} print itself. */
	void print(PrintWriter out, Object document, Consumer<PrintWriter> text) throws JsonProcessingException {
		if (format == Format.json) {
			out.print(JsonFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document)
					+ System.lineSeparator());
		}
		else {
			text.accept(out);
		}
		out.flush();
	}

}
