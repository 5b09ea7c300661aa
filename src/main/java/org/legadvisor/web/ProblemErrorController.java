package org.legadvisor.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

	ProblemErrorController(SecurityHeaders securityHeaders, ProblemPages pages) {
		this.securityHeaders = securityHeaders;
		this.pages = pages;
	}

	/** A page for a browser asking for one ({@link ProblemPages}), problem details for anyone else. */
	@Hidden
	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<Object> error(HttpServletRequest request, HttpServletResponse response) {
		securityHeaders.writeHeaders(request, response);
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value)
				: HttpStatus.INTERNAL_SERVER_ERROR;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
			problem.setInstance(URI.create(uri));
		}
		if (ProblemPages.wanted(request)) {
			return pages.page(status, problem, new HttpHeaders());
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** Says what went wrong in general terms: the container's own message may name its classes. */
	static String detail(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "The request is not valid HTTP or could not be read.";
			case NOT_FOUND -> "Nothing is served at this path.";
			case METHOD_NOT_ALLOWED -> "This method is not allowed at this path.";
			case REQUEST_TIMEOUT -> "The request did not arrive in time.";
			case PAYLOAD_TOO_LARGE -> "The request body is too large.";
			case URI_TOO_LONG -> "The request's address is too long.";
			case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request's headers are too large.";
			default -> status.is5xxServerError() ? "The service could not complete the request; the error is in its log."
					: "The request was refused: " + status.getReasonPhrase() + ".";
		};
	}

}
