package org.legadvisor.web;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.report.ReportFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/reports?format=docx} and {@code ?format=xlsx}: the report as a Word document or an Excel
 * workbook, a file to download. Mapped on the format parameter, so that these two win over the text formats.
 */
@RestController
class OfficeReportController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Reports reports;

	private final AnswersBody answers;

	OfficeReportController(Reports reports, AnswersBody answers) {
		this.reports = reports;
		this.answers = answers;
	}

	@Operation(summary = "Assesses a LEG and returns the report as a Word document (format=docx)")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = AnswersDocument.class)))
	@PostMapping(path = "/api/reports", params = "format=docx", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> word(@Parameter(hidden = true) InputStream body) throws IOException, InvalidAnswersException {
		return file(body, ReportFormat.docx, DOCX);
	}

	@Operation(summary = "Assesses a LEG and returns the report as an Excel workbook (format=xlsx)")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = AnswersDocument.class)))
	@PostMapping(path = "/api/reports", params = "format=xlsx", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> excel(@Parameter(hidden = true) InputStream body) throws IOException, InvalidAnswersException {
		return file(body, ReportFormat.xlsx, XLSX);
	}

	private ResponseEntity<byte[]> file(InputStream body, ReportFormat format, MediaType type)
			throws IOException, InvalidAnswersException {
		byte[] document = format.bytes(reports.assess(answers.read(body)));
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("leg-report." + format.name()).build().toString())
			.body(document);
	}

}
