package org.legadvisor.web.http;

import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legadvisor.language.Language;
import org.legadvisor.language.Words;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside the controllers (the servlet container, filters) are problem details too, never a stack trace,
 * with the security headers that Spring Security does not write on the container's error dispatch.
 */
@RestController
class ProblemErrorController implements ErrorController {

	private final SecurityHeaders securityHeaders;

	private final ProblemPages pages;

	private final RequestLanguage requestLanguage;

	ProblemErrorController(SecurityHeaders securityHeaders, ProblemPages pages, RequestLanguage requestLanguage) {
		this.securityHeaders = securityHeaders;
		this.pages = pages;
		this.requestLanguage = requestLanguage;
	}

	/** A page for a browser asking for one ({@link ProblemPages}), problem details for anyone else. */
	@Hidden
	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<Object> error(HttpServletRequest request, HttpServletResponse response) {
		securityHeaders.writeHeaders(request, response);
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value)
				: HttpStatus.INTERNAL_SERVER_ERROR;
		Language language = requestLanguage.of(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status, Words.in(language)));
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
			problem.setInstance(URI.create(uri));
		}
		if (ProblemPages.wanted(request)) {
			return pages.page(status, problem, new HttpHeaders(), language);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** Says what went wrong in general terms: the container's own message may name its classes. */
	static String detail(HttpStatus status) {
		return detail(status, Words.in(Language.ENGLISH));
	}

	/** The same, in the language of {@code words}. */
	static String detail(HttpStatus status, Words words) {
		return switch (status) {
			case BAD_REQUEST, NOT_FOUND, METHOD_NOT_ALLOWED, REQUEST_TIMEOUT, PAYLOAD_TOO_LARGE, URI_TOO_LONG,
					REQUEST_HEADER_FIELDS_TOO_LARGE -> words.format("problem.status." + status.value());
			default -> status.is5xxServerError() ? words.format("problem.status.5xx")
					: words.format("problem.status.other", String.valueOf(status.value()));
		};
	}

}
