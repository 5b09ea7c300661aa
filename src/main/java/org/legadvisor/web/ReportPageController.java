package org.legadvisor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.report.Report;
import org.legadvisor.report.ReportFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report page the questionnaire leads to: the page posts the answers document as a form field, and gets the report,
 * or a page listing what to fix. The report's download buttons post the same document back for a file.
 */
@Controller
class ReportPageController {

	private final Reports reports;

	private final AnswersBody answers;

	private final ReportPage page;

	private final ITemplateEngine templates;

	ReportPageController(Reports reports, AnswersBody answers, ReportPage page, ITemplateEngine templates) {
		this.reports = reports;
		this.answers = answers;
		this.page = page;
		this.templates = templates;
	}

	@PostMapping("/report")
	ResponseEntity<String> report(@RequestParam("answers") String json, Locale locale) throws IOException {
		AnswersDocument document;
		try {
			document = answers.read(json);
			return ResponseEntity.ok().contentType(ReportPage.HTML)
				.body(page.render(reports.assess(document, reports.language(locale)), document));
		}
		catch (InvalidAnswersException e) {
			Context context = new Context(locale);
			context.setVariable("problems", e.problems());
			return ResponseEntity.badRequest().contentType(ReportPage.HTML)
				.body(templates.process("answers-problems", context));
		}
	}

	@PostMapping("/report/download")
	ResponseEntity<String> download(@RequestParam("answers") String json, @RequestParam String format,
			Locale locale) throws IOException, InvalidAnswersException {
		ReportFormat chosen = switch (format) {
			case "json" -> ReportFormat.json;
			case "markdown" -> ReportFormat.markdown;
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Unknown download format '" + format + "'; use json or markdown.");
		};
		Report report = reports.assess(answers.read(json), reports.language(locale));
		String name = "leg-advisor-report-" + slug(report.leg().name()) + (chosen == ReportFormat.json ? ".json" : ".md");
		return ResponseEntity.ok()
			.contentType(chosen == ReportFormat.json ? MediaType.APPLICATION_JSON
					: MediaType.parseMediaType("text/markdown;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(chosen.render(report));
	}

	private static String slug(String name) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "leg" : slug.substring(0, Math.min(slug.length(), 60));
	}

}
