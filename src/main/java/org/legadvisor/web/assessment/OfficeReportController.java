package org.legadvisor.web.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.report.ReportFormat;
import org.legadvisor.web.http.AnswersBody;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/reports?format=docx}, {@code xlsx} or {@code pdf}: the report as a file to download, in the content
 * type and with the extension its {@link ReportFormat} states. Mapped on every format but the two pages that
 * {@link AssessmentApiController} renders (html, markdown), so that these win over them; a format that is no file
 * (an unknown one, say) is refused here.
 */
@RestController
class OfficeReportController {

	private final Reports reports;

	private final AnswersBody answers;

	OfficeReportController(Reports reports, AnswersBody answers) {
		this.reports = reports;
		this.answers = answers;
	}

	@Operation(summary = "Assesses a LEG and returns the report as a file: a Word document (format=docx), an Excel "
			+ "workbook (format=xlsx) or an A4 PDF, charts included (format=pdf)")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = AnswersDocument.class)))
	@PostMapping(path = "/api/reports", params = { "format", "format!=html", "format!=markdown" },
			consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> file(@Parameter(hidden = true) InputStream body,
			@Parameter(description = "docx, xlsx or pdf") @RequestParam String format)
			throws IOException, InvalidAnswersException {
		ReportFormat chosen = Arrays.stream(ReportFormat.values())
			.filter(f -> f.binary() && f.name().equals(format))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Unknown report format '" + format + "'; use html, markdown, docx, xlsx or pdf."));
		byte[] document = chosen.bytes(reports.assess(answers.read(body)));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(chosen.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("leg-report." + chosen.extension()).build().toString())
			.body(document);
	}

}
