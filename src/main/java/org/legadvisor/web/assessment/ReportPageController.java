package org.legadvisor.web.assessment;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Hidden;
import org.legadvisor.web.http.LanguageLocaleResolver;
import org.legadvisor.language.Language;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.report.Report;
import org.legadvisor.report.ReportFormat;
import org.legadvisor.web.http.AnswersBody;
import org.legadvisor.web.http.ProblemPages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report page the questionnaire leads to, by post/redirect/get: the page posts the answers document as a form
 * field; valid answers are kept for a while ({@link KeptAnswers}) and the browser is sent on (303) to the report's own
 * address, {@code /report/{id}}, which Back, Forward and Reload fetch again without resending anything. Invalid
 * answers get a page listing what to fix. An address no longer kept, or {@code /report} itself, gets a page that makes
 * the report again from the answers the browser keeps. The report's download buttons post the document back for a
 * file.
 */
@Hidden
@Controller
class ReportPageController {

	private final Reports reports;

	private final AnswersBody answers;

	private final ReportPage page;

	private final ITemplateEngine templates;

	private final KeptAnswers kept;

	private final ProblemPages problemPages;

	private final ReportPageAdditions additions;

	ReportPageController(Reports reports, AnswersBody answers, ReportPage page, ITemplateEngine templates,
			KeptAnswers kept, ProblemPages problemPages, ObjectProvider<ReportPageAdditions> additions) {
		this.additions = additions.getIfAvailable(() -> answersJson -> Map.of());
		this.reports = reports;
		this.answers = answers;
		this.page = page;
		this.templates = templates;
		this.kept = kept;
		this.problemPages = problemPages;
	}

	/** Assesses once to refuse invalid answers here, with the page that lists them, rather than at the new address. */
	@PostMapping("/report")
	ResponseEntity<String> report(@RequestParam("answers") String json, Locale locale) throws IOException {
		try {
			AnswersDocument document = answers.read(json);
			Language language = reports.language(locale);
			reports.assess(document, language);
			// The report's address carries the page's language, unless English, so that the report reads in it.
			UriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentContextPath().path("/report/{id}");
			if (!language.isSource()) {
				builder.queryParam(LanguageLocaleResolver.PARAMETER, language.code());
			}
			URI address = builder.buildAndExpand(kept.keep(document)).toUri();
			return ResponseEntity.status(HttpStatus.SEE_OTHER).location(address).build();
		}
		catch (InvalidAnswersException e) {
			Context context = new Context(locale);
			context.setVariable("problems", reports.said(e, reports.language(locale)).problems());
			context.setVariable("lang", locale.getLanguage());
			return ResponseEntity.badRequest().contentType(ReportPage.HTML)
				.body(templates.process("answers-problems", context));
		}
	}

	@GetMapping("/report/{id}")
	ResponseEntity<String> kept(@PathVariable String id, Locale locale) throws InvalidAnswersException {
		Optional<AnswersDocument> document = kept.find(id);
		if (document.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(ReportPage.HTML)
				.body(problemPages.reportAgain("page.report.gone", locale));
		}
		return ResponseEntity.ok().contentType(ReportPage.HTML)
			.body(page.render(reports.assess(document.get(), reports.language(locale)), document.get(), additions));
	}

	/** A report is made by posting answers; a browser that asks for this address is offered to do so. */
	@GetMapping("/report")
	ResponseEntity<String> none(Locale locale) {
		return ResponseEntity.ok().contentType(ReportPage.HTML)
			.body(problemPages.reportAgain("page.report.none", locale));
	}

	@PostMapping("/report/download")
	ResponseEntity<byte[]> download(@RequestParam("answers") String json, @RequestParam String format,
			Locale locale) throws IOException, InvalidAnswersException {
		ReportFormat chosen = download(format);
		Report report = reports.assess(answers.read(json), reports.language(locale));
		String name = "leg-advisor-report-" + slug(report.leg().name()) + "." + chosen.extension();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(chosen.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(chosen.bytes(report));
	}

	/** The files the report page offers, each named and typed as its {@link ReportFormat} says. */
	private static final Set<ReportFormat> DOWNLOADS = EnumSet.of(ReportFormat.json, ReportFormat.markdown,
			ReportFormat.docx, ReportFormat.xlsx, ReportFormat.pdf);

	private static ReportFormat download(String name) {
		return DOWNLOADS.stream().filter(format -> format.name().equals(name)).findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Unknown download format '" + name + "'; use json, markdown, docx, xlsx or pdf."));
	}

	private static String slug(String name) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "leg" : slug.substring(0, Math.min(slug.length(), 60));
	}

}
