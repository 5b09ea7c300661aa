package org.legadvisor.web.http;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.legadvisor.engine.RuleBaseStatus;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.language.Words;
import org.legadvisor.questionnaire.AnswerProblem;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The RFC 9457 problem details this service answers with, beyond the standard ones of Spring MVC. */
public final class Problems {

	static final URI INVALID_ANSWERS = URI.create("urn:leg-advisor:problem:invalid-answers");

	static final URI TOO_LARGE = URI.create("urn:leg-advisor:problem:request-too-large");

	static final URI RULES_REFUSED = URI.create("urn:leg-advisor:problem:rules-refused");

	static final URI BODY_TIMEOUT = URI.create("urn:leg-advisor:problem:request-body-timeout");

	static final URI INCOMPLETE_BODY = URI.create("urn:leg-advisor:problem:incomplete-request-body");

	static final URI TOO_MANY_LOGINS = URI.create("urn:leg-advisor:problem:too-many-failed-logins");

	static final URI BUSY = URI.create("urn:leg-advisor:problem:too-many-bodies-in-transit");

	private Problems() {
	}

	/**
	 * 400 with a {@code problems} array of {@code {kind, field, question, given, expected, message}}, one per refused
	 * answer: {@code question} is the question's text, {@code message} the problem in words (naming the question by
	 * its text), {@code field} the id for programs.
	 */
	static ProblemDetail invalidAnswers(InvalidAnswersException e, Words words) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				words.format("problem.invalidAnswers.detail", String.valueOf(e.problems().size()),
						e.problems().stream().map(Object::toString).collect(Collectors.joining("; "))));
		problem.setType(INVALID_ANSWERS);
		problem.setTitle(words.get("problem.invalidAnswers.title"));
		problem.setProperty("problems", e.problems().stream().map(Problems::inWords).toList());
		return problem;
	}

	private static Map<String, Object> inWords(AnswerProblem problem) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("kind", problem.kind());
		fields.put("field", problem.field());
		fields.put("question", problem.question());
		fields.put("given", problem.given());
		fields.put("expected", problem.expected());
		fields.put("message", problem.toString());
		return fields;
	}

	static ProblemDetail rulesStopped(Words words) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				words.get("problem.rulesStopped.detail"));
		problem.setType(URI.create("urn:leg-advisor:problem:rules-stopped"));
		problem.setTitle(words.get("problem.rulesStopped.title"));
		return problem;
	}

	static ProblemDetail tooLarge(long limit, Words words) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				words.format("problem.tooLarge.detail", String.valueOf(limit / 1024)));
		problem.setType(TOO_LARGE);
		problem.setTitle(words.get("problem.tooLarge.title"));
		return problem;
	}

	/**
	 * 422 for an edit of the rule files that was refused: a {@code problems} array of {@code {level, file, line,
	 * column, message}}, and the {@code version} that keeps serving.
	 */
	public static ProblemDetail rulesRefused(RuleBaseStatus status, Words words) {
		long errors = status.problems().stream().filter(p -> p.level() == RuleProblem.Level.ERROR).count();
		String version = status.current().contentHash();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				words.format("problem.rulesRefused.detail", String.valueOf(errors), version));
		problem.setType(RULES_REFUSED);
		problem.setTitle(words.format("problem.rulesRefused.title"));
		problem.setProperty("version", version);
		problem.setProperty("problems", status.problems());
		return problem;
	}

	static ProblemDetail bodyTimeout(Duration timeout, Words words) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.REQUEST_TIMEOUT,
				words.format("problem.bodyTimeout.detail", String.valueOf(timeout.toSeconds())));
		problem.setType(BODY_TIMEOUT);
		problem.setTitle(words.get("problem.bodyTimeout.title"));
		return problem;
	}

	static ProblemDetail incompleteBody(Words words) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				words.get("problem.incompleteBody.detail"));
		problem.setType(INCOMPLETE_BODY);
		problem.setTitle(words.get("problem.incompleteBody.title"));
		return problem;
	}

	/** 429: this address gave wrong administrator credentials too often; its next ones are checked after the wait. */
	public static ProblemDetail tooManyLogins(long retryAfterSeconds, Words words) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				words.format("problem.tooManyLogins.detail", String.valueOf(retryAfterSeconds)));
		problem.setType(TOO_MANY_LOGINS);
		problem.setTitle(words.format("problem.tooManyLogins.title"));
		return problem;
	}

	/** 503: too many requests are still sending their bodies; this one was not read. */
	static ProblemDetail busyReadingBodies(long retryAfterSeconds, Words words) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				words.format("problem.busy.detail", String.valueOf(retryAfterSeconds)));
		problem.setType(BUSY);
		problem.setTitle(words.format("problem.busy.title"));
		return problem;
	}

}
