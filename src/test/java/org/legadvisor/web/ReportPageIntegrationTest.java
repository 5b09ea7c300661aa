package org.legadvisor.web;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The pages a browser posts to: the report, the page that lists what to fix, and the downloads. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportPageIntegrationTest {

	@Autowired
	TestRestTemplate rest;

	@LocalServerPort
	int port;

	@Test
	void sendsTheAnswersPostedOnToTheReportsOwnAddressWhichShowsItAgainOnEachVisit() throws Exception {
		HttpResponse<String> posted = postAnswers(Files.readString(BundledExample.RICHEST));

		assertThat(posted.statusCode()).isEqualTo(303);
		URI address = URI.create(posted.headers().firstValue("Location").orElseThrow());
		assertThat(address.getPath()).matches("/report/[A-Za-z0-9_-]{22}");
		for (int visit = 0; visit < 2; visit++) {
			HttpResponse<String> page = get(address.getPath(), "text/html");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Education Development Partners Group of Belmora",
					"<svg id=\"radar-chart\"", "Write and agree terms of reference for the LEG", "Answers given");
		}
		assertThat(postAnswers(Files.readString(BundledExample.RICHEST)).headers().firstValue("Location"))
			.as("each report its own address").isNotEqualTo(Optional.of(address.toString()));
	}

	@Test
	void offersToMakeAReportNoLongerKeptAgainFromTheAnswersInTheBrowser() throws Exception {
		HttpResponse<String> gone = get("/report/no-such-report-kept-here", "text/html,*/*;q=0.8");
		HttpResponse<String> none = get("/report", "text/html,*/*;q=0.8");

		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(gone.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(gone.body()).contains("No report at this address", "no longer kept", "id=\"report-again\"",
				"Back to the questionnaire");
		assertThat(none.statusCode()).isEqualTo(200);
		assertThat(none.body()).contains("answer it, then choose").doesNotContain("{\"");
	}

	@Test
	void answersABrowserWithAPageAndAnApiClientWithProblemDetails() throws Exception {
		HttpResponse<String> page = get("/no-such-page", "text/html,application/xhtml+xml,*/*;q=0.8");
		HttpResponse<String> problem = get("/no-such-page", "application/json");
		HttpResponse<String> anything = get("/no-such-page", "*/*");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(page.body()).contains("<h1>Something went wrong</h1>", "Nothing is served at this path.",
				"Back to the questionnaire").doesNotContain("\"status\"");
		assertThat(problem.statusCode()).isEqualTo(404);
		assertThat(problem.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(anything.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	/** As the questionnaire's form posts them; the redirect is not followed, to see it. */
	private HttpResponse<String> postAnswers(String answers) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/report"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("answers=" + URLEncoder.encode(answers, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	@Test
	void listsWhatToFixWhenTheAnswersAreInvalid() {
		ResponseEntity<String> page = postForm("/report",
				"{ \"questionnaireVersion\": \"1.0\", \"leg\": { \"name\": \"X\" }, \"answers\": { \"meetings.per_year\": -1 } }",
				null);

		assertThat(page.getStatusCode().value()).isEqualTo(400);
		assertThat(page.getBody()).contains("The answers could not be assessed",
				"Question &quot;How many times did the LEG core group meet in the last twelve months?&quot;: expected a "
						+ "whole number from 0 to 52, got -1")
			.doesNotContain("meetings.per_year");
	}

	@Test
	void downloadsTheReportAsMarkdownOrJsonFiles() throws Exception {
		String answers = Files.readString(BundledExample.RICHEST);

		ResponseEntity<String> markdown = postForm("/report/download", answers, "markdown");
		ResponseEntity<String> json = postForm("/report/download", answers, "json");

		assertThat(markdown.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("leg-advisor-report-education-development-partners-group-of-belmora.md");
		assertThat(markdown.getBody()).startsWith("# LEG Advisor report");
		assertThat(json.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		assertThat(json.getBody()).contains("\"actions\"");
	}

	@Test
	void downloadsTheReportAsWordExcelAndPdfFilesThatOpen() throws Exception {
		String answers = Files.readString(BundledExample.RICHEST);

		ResponseEntity<byte[]> word = postFormForBytes(answers, "docx");
		ResponseEntity<byte[]> excel = postFormForBytes(answers, "xlsx");
		ResponseEntity<byte[]> pdf = postFormForBytes(answers, "pdf");

		assertThat(word.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("leg-advisor-report-education-development-partners-group-of-belmora.docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.getBody()))) {
			assertThat(new XWPFWordExtractor(document).getText()).contains("Education Development Partners Group of Belmora");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.getBody()))) {
			assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(3);
		}
		assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Belmora");
		}
		assertThat(postForm("/report/download", answers, "odt").getStatusCode().value()).isEqualTo(400);
	}

	private ResponseEntity<byte[]> postFormForBytes(String answers, String format) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("answers", answers);
		form.add("format", format);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return rest.postForEntity("/report/download", new HttpEntity<>(form, headers), byte[].class);
	}

	private ResponseEntity<String> postForm(String path, String answers, String format) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("answers", answers);
		if (format != null) {
			form.add("format", format);
		}
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return rest.postForEntity(path, new HttpEntity<>(form, headers), String.class);
	}

}
