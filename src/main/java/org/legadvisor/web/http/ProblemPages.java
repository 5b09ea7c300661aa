package org.legadvisor.web.http;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.legadvisor.language.Language;
import org.legadvisor.language.Words;
import org.legadvisor.questionnaire.Questionnaire;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Errors as a person reads them: a browser asking for a page (its {@code Accept} names {@code text/html}) gets a page
 * in words with the way back to the questionnaire, where an API client gets problem details. The page says what the
 * problem says, never a code, a class or a path.
 */
@Component
public class ProblemPages {

	private static final String PROBLEMS_OF_OURS = "urn:leg-advisor:problem:";

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final String version;

	ProblemPages(ITemplateEngine templates, MessageSource messages, Questionnaire questionnaire) {
		this.templates = templates;
		this.messages = messages;
		this.version = questionnaire.version();
	}

	/** Whether the client asked for a page: a browser's navigation, not a script or an API client. */
	static boolean wanted(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null) {
			return false;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			return types.stream().anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()
					&& type.getQualityValue() > 0);
		}
		catch (InvalidMediaTypeException e) {
			return false;
		}
	}

	/** The page for an error: the problem's own words when it is one of this service's, else the status in words. */
	ResponseEntity<Object> page(HttpStatusCode status, ProblemDetail problem, HttpHeaders headers, Language language) {
		HttpStatus known = HttpStatus.resolve(status.value());
		Locale locale = language.locale();
		String reason = problem != null && problem.getType().toString().startsWith(PROBLEMS_OF_OURS)
				&& problem.getDetail() != null ? problem.getDetail()
						: ProblemErrorController.detail(known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known,
								Words.in(language));
		Context context = context(word("page.error.title", locale), messages.getMessage("page.error.detail",
				new Object[] { reason }, locale), false, locale);
		HttpHeaders pageHeaders = new HttpHeaders();
		pageHeaders.addAll(headers);
		pageHeaders.setContentType(HTML);
		pageHeaders.set(HttpHeaders.CONTENT_LANGUAGE, language.code());
		return ResponseEntity.status(status).headers(pageHeaders).body(templates.process("problem-page", context));
	}

	/** The page of a report address that holds no report: offers to make it again from the browser's answers. */
	public String reportAgain(String reasonKey) {
		return reportAgain(reasonKey, Locale.ENGLISH);
	}

	/** The same, in the language of {@code locale}. */
	public String reportAgain(String reasonKey, Locale locale) {
		return templates.process("problem-page",
				context(word("page.report.title", locale), word(reasonKey, locale), true, locale));
	}

	private Context context(String title, String detail, boolean again, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("title", title);
		context.setVariable("detail", detail);
		context.setVariable("again", again);
		context.setVariable("version", version);
		context.setVariable("lang", locale.getLanguage());
		return context;
	}

	private String word(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
