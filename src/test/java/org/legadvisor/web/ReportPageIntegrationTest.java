package org.legadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
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

	@Test
	void showsTheReportForTheAnswersPostedByTheQuestionnaire() throws Exception {
		ResponseEntity<String> page = postForm("/report", Files.readString(ApiIntegrationTest.EXAMPLE), null);

		assertThat(page.getStatusCode().value()).isEqualTo(200);
		assertThat(page.getBody()).contains("Education Development Partners Group of Belmora", "<svg id=\"radar-chart\"",
				"Write and agree terms of reference for the LEG", "Answers given");
	}

	@Test
	void listsWhatToFixWhenTheAnswersAreInvalid() {
		ResponseEntity<String> page = postForm("/report",
				"{ \"questionnaireVersion\": \"1.0\", \"leg\": { \"name\": \"X\" }, \"answers\": { \"meetings.per_year\": -1 } }",
				null);

		assertThat(page.getStatusCode().value()).isEqualTo(400);
		assertThat(page.getBody()).contains("The answers could not be assessed", "meetings.per_year",
				"expected a whole number from 0 to 52, got -1");
	}

	@Test
	void downloadsTheReportAsMarkdownOrJsonFiles() throws Exception {
		String answers = Files.readString(ApiIntegrationTest.EXAMPLE);

		ResponseEntity<String> markdown = postForm("/report/download", answers, "markdown");
		ResponseEntity<String> json = postForm("/report/download", answers, "json");

		assertThat(markdown.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("leg-advisor-report-education-development-partners-group-of-belmora.md");
		assertThat(markdown.getBody()).startsWith("# LEG Advisor report");
		assertThat(json.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		assertThat(json.getBody()).contains("\"actions\"");
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
