package org.legadvisor.memory.web;

import java.net.URI;
import java.util.Locale;

import org.legadvisor.memory.MemoryException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused request on stored data as an RFC 9457 problem: 404 (no such LEG, round or action), 403 (another LEG's
 * data, or a viewer writing), 409 (changed by someone else meanwhile; too few rounds), 400 (a value to fix). Any
 * other error goes on to the service's own problem handler.
 */
@RestControllerAdvice(basePackageClasses = MemoryProblemHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MemoryProblemHandler {

	@ExceptionHandler(MemoryException.class)
	ResponseEntity<ProblemDetail> refused(MemoryException e) {
		return problem(e);
	}

	/** The refusal as a problem, for a page's script as for the API. */
	public static ResponseEntity<ProblemDetail> problem(MemoryException e) {
		HttpStatus status = switch (e.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.BAD_REQUEST;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
		problem.setTitle(e.title());
		problem.setType(URI.create("urn:leg-advisor:problem:" + e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
