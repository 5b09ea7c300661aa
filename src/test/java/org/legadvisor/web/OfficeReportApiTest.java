package org.legadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /api/reports?format=docx|xlsx on a real server: the file, its content type, and the text formats unchanged. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficeReportApiTest {

	private static final Path EXAMPLE = Path.of("knowledge-base/examples/donor-chaired-no-tor.json");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void servesTheReportAsAWordDocument() throws Exception {
		HttpResponse<byte[]> response = post("docx");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				d -> assertThat(d).contains("attachment").contains("leg-report.docx"));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
			assertThat(new XWPFWordExtractor(document).getText()).contains("Education Development Partners Group of Belmora");
		}
	}

	@Test
	void servesTheReportAsAnExcelWorkbook() throws Exception {
		HttpResponse<byte[]> response = post("xlsx");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			assertThat(workbook.getSheet("Actions")).isNotNull();
		}
	}

	@Test
	void servesTheFilesInTheLanguageOfLangOrAcceptLanguage() throws Exception {
		HttpResponse<byte[]> word = send(request("docx&lang=fr").build());
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.body()))) {
			assertThat(document.getParagraphs().get(0).getText()).startsWith("Rapport LEG Advisor : ");
		}
		HttpResponse<byte[]> excel = send(request("xlsx").header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5").build());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
			assertThat(workbook.getSheet("Réponses")).isNotNull();
			assertThat(workbook.getSheet("Answers")).isNull();
		}
	}

	@Test
	void theTextFormatsAndTheRefusalOfAnUnknownFormatAreUnchanged() throws Exception {
		assertThat(post("markdown").headers().firstValue("Content-Type")).hasValueSatisfying(
				t -> assertThat(t).startsWith("text/markdown"));
		HttpResponse<byte[]> unknown = post("pdf2");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(new String(unknown.body())).contains("docx, xlsx or pdf");
	}

	private HttpResponse<byte[]> post(String format) throws Exception {
		return send(request(format).build());
	}

	private HttpRequest.Builder request(String format) throws Exception {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reports?format=" + format))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(Files.readString(EXAMPLE)));
	}

	private HttpResponse<byte[]> send(HttpRequest request) throws Exception {
		return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
