package org.legadvisor.web.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.legadvisor.web.http.RequestLanguage;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.language.Language;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.report.Report;
import org.legadvisor.report.ReportFormat;
import org.legadvisor.web.http.AnswersBody;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class AssessmentApiController {

	private static final MediaType MARKDOWN = MediaType.parseMediaType(ReportFormat.markdown.contentType());

	private static final String FULL = "full";

	private static final String SUMMARY = "summary";

	/** Written as the full report is, pretty-printed. */
	private final ObjectWriter summaryJson = JsonFiles.mapper().writerWithDefaultPrettyPrinter();

	private final Reports reports;

	private final AnswersBody answers;

	private final ReportPage page;

	private final RequestLanguage language;

	AssessmentApiController(Reports reports, AnswersBody answers, ReportPage page, RequestLanguage language) {
		this.reports = reports;
		this.answers = answers;
		this.page = page;
		this.language = language;
	}

	@Operation(summary = "Assesses a LEG: the report as JSON, exactly as 'leg-advisor assess --format json' prints it; "
			+ "with detail=summary, its summary part only (a few KB instead of some 40)")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = AnswersDocument.class)))
	@ApiResponse(responseCode = "200",
			content = @Content(schema = @Schema(oneOf = { Report.class, SummaryReport.class })))
	@PostMapping(path = "/api/assessments", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> assess(@Parameter(hidden = true) InputStream body,
			@Parameter(description = "full (the default): the whole report; summary: the LEG and when it was assessed, "
					+ "the rules and questionnaire used, the counts and the reading in words, the context, a line per "
					+ "principle and the first " + Report.TOP_ACTIONS + " actions")
			@RequestParam(defaultValue = FULL) String detail,
			@Parameter(description = "language code, e.g. fr") @RequestParam(required = false) String lang,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
			String acceptLanguage) throws IOException, InvalidAnswersException {
		if (!detail.equals(FULL) && !detail.equals(SUMMARY)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Unknown detail '" + detail + "'; use " + FULL + " or " + SUMMARY + ".");
		}
		Language chosen = language.of(lang, acceptLanguage);
		Report report = reports.assess(answers.read(body), chosen);
		// As bytes, written at once: a string would be encoded again on its way out (docs/performance.md).
		byte[] json = detail.equals(SUMMARY) ? withLineEnd(summaryJson.writeValueAsBytes(SummaryReport.of(report)))
				: ReportFormat.json.bytes(report);
		return RequestLanguage.in(chosen, ResponseEntity.ok()).contentType(MediaType.APPLICATION_JSON).body(json);
	}

	private static byte[] withLineEnd(byte[] json) {
		byte[] lineEnd = System.lineSeparator().getBytes(StandardCharsets.UTF_8);
		byte[] ended = Arrays.copyOf(json, json.length + lineEnd.length);
		System.arraycopy(lineEnd, 0, ended, json.length, lineEnd.length);
		return ended;
	}

	@Operation(summary = "Assesses a LEG and renders the report as a standalone HTML page or as Markdown")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = AnswersDocument.class)))
	@PostMapping(path = "/api/reports", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = { MediaType.TEXT_HTML_VALUE, "text/markdown" })
	ResponseEntity<String> render(@Parameter(hidden = true) InputStream body,
			@Parameter(description = "html or markdown") @RequestParam(defaultValue = "html") String format,
			@Parameter(description = "language code, e.g. fr") @RequestParam(required = false) String lang,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
			String acceptLanguage) throws IOException, InvalidAnswersException {
		if (!format.equals("html") && !format.equals("markdown")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Unknown report format '" + format + "'; use html, markdown, docx, xlsx or pdf.");
		}
		AnswersDocument document = answers.read(body);
		Language chosen = language.of(lang, acceptLanguage);
		Report report = reports.assess(document, chosen);
		if (format.equals("markdown")) {
			return RequestLanguage.in(chosen, ResponseEntity.ok()).contentType(MARKDOWN)
				.body(ReportFormat.markdown.render(report));
		}
		return RequestLanguage.in(chosen, ResponseEntity.ok()).contentType(ReportPage.HTML)
			.body(page.render(report, document));
	}

}
