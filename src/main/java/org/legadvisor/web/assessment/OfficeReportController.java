package org.legadvisor.web.assessment;

import java.io.IOException;
import java.io.InputStream;

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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/reports?format=docx}, {@code xlsx} or {@code pdf}: the report as a file to download, in the content
 * type and with the extension its {@link ReportFormat} states. Mapped on the format parameter, so that these win over
 * the text formats of {@link AssessmentApiController}.
 */
@RestController
class OfficeReportController {

	private final Reports reports;

	private final AnswersBody answers;

	OfficeReportController(Reports reports, AnswersBody answers) {
		this.reports = reports;
		this.answers = answers;
	}

	// One mapping per file format, each on its own value of the parameter: a condition on the parameter's mere
	// presence (or on "format!=html") makes Spring read every parameter of any unmatched request, which the
	// firewall refuses for malformed names (HttpApiFuzzIntegrationTest).
	@Operation(summary = "Assesses a LEG and returns the report as a Word document (format=docx)")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = AnswersDocument.class)))
	@PostMapping(path = "/api/reports", params = "format=docx", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> word(@Parameter(hidden = true) InputStream body) throws IOException, InvalidAnswersException {
		return file(body, ReportFormat.docx);
	}

	@Operation(summary = "Assesses a LEG and returns the report as an Excel workbook (format=xlsx)")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = AnswersDocument.class)))
	@PostMapping(path = "/api/reports", params = "format=xlsx", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> excel(@Parameter(hidden = true) InputStream body) throws IOException, InvalidAnswersException {
		return file(body, ReportFormat.xlsx);
	}

	@Operation(summary = "Assesses a LEG and returns the report as an A4 PDF, charts included (format=pdf)")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = AnswersDocument.class)))
	@PostMapping(path = "/api/reports", params = "format=pdf", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> pdf(@Parameter(hidden = true) InputStream body) throws IOException, InvalidAnswersException {
		return file(body, ReportFormat.pdf);
	}

	/** The report as the file of {@code format}: its content type and file extension are the format's own. */
	private ResponseEntity<byte[]> file(InputStream body, ReportFormat format) throws IOException, InvalidAnswersException {
		byte[] document = format.bytes(reports.assess(answers.read(body)));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("leg-report." + format.extension()).build().toString())
			.body(document);
	}

}
