package org.legadvisor.web;

import org.legadvisor.engine.RuleSessionLimitException;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a handler raises becomes an RFC 9457 problem: Spring MVC's own (415, 405, 404, ...) through the base
 * class, the answers' problems by question id, a body too large, too slow or broken off by the client (which closes
 * the connection), and anything unexpected as a bare 500 without a stack trace.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@ExceptionHandler(InvalidAnswersException.class)
	ResponseEntity<ProblemDetail> invalidAnswers(InvalidAnswersException e) {
		return ResponseEntity.badRequest().body(Problems.invalidAnswers(e));
	}

	@ExceptionHandler(BodyTooLargeException.class)
	ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException e) {
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Problems.tooLarge(e.limit()));
	}

	@ExceptionHandler(BodyTimeoutException.class)
	ResponseEntity<ProblemDetail> bodyTimeout(BodyTimeoutException e) {
		log.debug("Request body timed out: {}", e.getMessage());
		return ResponseEntity.status(HttpStatus.REQUEST_TIMEOUT).header(HttpHeaders.CONNECTION, "close")
			.body(Problems.bodyTimeout(e.timeout()));
	}

	/** The client broke off its request: nothing is wrong with the service, so no error is logged. */
	@ExceptionHandler(IncompleteBodyException.class)
	ResponseEntity<ProblemDetail> incompleteBody(IncompleteBodyException e) {
		log.debug("Request body incomplete: {}", e.getCause().toString());
		return ResponseEntity.badRequest().header(HttpHeaders.CONNECTION, "close").body(Problems.incompleteBody());
	}

	/** A rule kept firing or ran too long: the rules in use are at fault, not the request, so 503 and an error log. */
	@ExceptionHandler(RuleSessionLimitException.class)
	ResponseEntity<ProblemDetail> rulesStopped(RuleSessionLimitException e) {
		log.error("Assessment stopped by a rule session limit: {}", e.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Problems.rulesStopped());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		log.error("Request failed", e);
		return ResponseEntity.internalServerError()
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					"The service could not complete the request; the error is in its log."));
	}

}
