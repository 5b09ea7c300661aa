package org.legadvisor.web.http;

import org.legadvisor.engine.RuleSessionLimitException;
import org.legadvisor.language.Localized;
import org.legadvisor.language.Translator;
import org.legadvisor.questionnaire.InvalidAnswersException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a handler raises becomes an RFC 9457 problem: Spring MVC's own (415, 405, 404, ...) through the base
 * class, the answers' problems by question (text and id), a body too large, too slow or broken off by the client (which closes
 * the connection), and anything unexpected as a bare 500 without a stack trace. A browser asking for a page gets the
 * same in words on a page ({@link ProblemPages}).
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final ProblemPages pages;

	private final RequestLanguage language;

	private final Translator translator;

	ProblemHandler(ProblemPages pages, RequestLanguage language, Translator translator) {
		this.pages = pages;
		this.language = language;
		this.translator = translator;
	}

	/** Spring MVC's own errors (404, 405, 415, ...): a page for a browser, problem details for anyone else. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (request instanceof ServletWebRequest servlet && ProblemPages.wanted(servlet.getRequest())) {
			return pages.page(statusCode, body instanceof ProblemDetail problem ? problem : null, headers,
					language.of(servlet.getRequest()));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private ResponseEntity<Object> answer(ResponseEntity<ProblemDetail> problem, HttpServletRequest request) {
		if (ProblemPages.wanted(request)) {
			return pages.page(problem.getStatusCode(), problem.getBody(), problem.getHeaders(), language.of(request));
		}
		return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders()).body(problem.getBody());
	}

	@ExceptionHandler(InvalidAnswersException.class)
	ResponseEntity<Object> invalidAnswers(InvalidAnswersException e, HttpServletRequest request) {
		Localized localized = translator.in(language.of(request));
		return answer(RequestLanguage.in(localized.language(), ResponseEntity.badRequest())
			.body(Problems.invalidAnswers(e.in(localized.problemWords()), localized.words())), request);
	}

	@ExceptionHandler(BodyTooLargeException.class)
	ResponseEntity<Object> tooLarge(BodyTooLargeException e, HttpServletRequest request) {
		return answer(ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Problems.tooLarge(e.limit(), language.words(request))), request);
	}

	@ExceptionHandler(BodyTimeoutException.class)
	ResponseEntity<Object> bodyTimeout(BodyTimeoutException e, HttpServletRequest request) {
		log.debug("Request body timed out: {}", e.getMessage());
		return answer(ResponseEntity.status(HttpStatus.REQUEST_TIMEOUT).header(HttpHeaders.CONNECTION, "close")
			.body(Problems.bodyTimeout(e.timeout(), language.words(request))), request);
	}

	/** The client broke off its request: nothing is wrong with the service, so no error is logged. */
	@ExceptionHandler(IncompleteBodyException.class)
	ResponseEntity<Object> incompleteBody(IncompleteBodyException e, HttpServletRequest request) {
		log.debug("Request body incomplete: {}", e.getCause().toString());
		return answer(ResponseEntity.badRequest().header(HttpHeaders.CONNECTION, "close").body(Problems.incompleteBody(language.words(request))),
				request);
	}

	/** A rule kept firing or ran too long: the rules in use are at fault, not the request, so 503 and an error log. */
	@ExceptionHandler(RuleSessionLimitException.class)
	ResponseEntity<Object> rulesStopped(RuleSessionLimitException e, HttpServletRequest request) {
		log.error("Assessment stopped by a rule session limit: {}", e.getMessage());
		return answer(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Problems.rulesStopped(language.words(request))), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
		log.error("Request failed", e);
		return answer(ResponseEntity.internalServerError()
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					language.words(request).get("problem.status.5xx"))), request);
	}

}
