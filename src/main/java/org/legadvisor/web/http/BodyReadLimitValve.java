package org.legadvisor.web.http;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.legadvisor.knowledge.JsonFiles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Bounds the threads that wait for request bodies: at most {@code maxReads} requests with a body run at once, so that
 * clients trickling their bodies (each may take up to the body timeout) cannot take every thread of the pool. Beyond
 * the limit, a request is still served if its whole body arrives within a short grace, as a normal client sends a
 * small document at once; otherwise it is answered 503 with {@code Retry-After}, without its body being read, and its
 * connection closed. A request without a body never waits here.
 */
final class BodyReadLimitValve extends ValveBase {

	/** What the refused client is told to wait: bodies in transit end within the body timeout, most much sooner. */
	static final long RETRY_AFTER_SECONDS = 10;

	/** How long a request beyond the limit may take to deliver its whole body: a normal one needs milliseconds. */
	static final Duration GRACE = Duration.ofSeconds(1);

	private static final long POLL_MILLIS = 10;

	private final Semaphore reads;

	private final HeaderWriter securityHeaders;

	private final RequestLanguage language;

	BodyReadLimitValve(int maxReads, HeaderWriter securityHeaders, RequestLanguage language) {
		super(true);
		this.reads = new Semaphore(maxReads);
		this.securityHeaders = securityHeaders;
		this.language = language;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		if (!hasBody(request)) {
			getNext().invoke(request, response);
		}
		else if (reads.tryAcquire()) {
			try {
				getNext().invoke(request, response);
			}
			finally {
				reads.release();
			}
		}
		else if (arrivesWhole(request, System.nanoTime() + GRACE.toNanos())) {
			getNext().invoke(request, response);
		}
		else {
			refuse(request, response);
		}
	}

	private static boolean hasBody(Request request) {
		return declaredLength(request) > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	/** The declared Content-Length; -1 if none, or if it is not a number (which is refused with 400 further on). */
	private static long declaredLength(Request request) {
		try {
			return request.getContentLengthLong();
		}
		catch (IllegalArgumentException e) {
			return -1;
		}
	}

	/**
	 * Whether the whole body is in Tomcat's buffer before the deadline, so that reading it will not wait. Looks without
	 * blocking: each look reads what the socket has, if nothing is buffered yet. A body of unknown length (chunked)
	 * cannot be known to have arrived.
	 */
	private static boolean arrivesWhole(Request request, long deadline) {
		long length = declaredLength(request);
		if (length <= 0) {
			return false;
		}
		while (true) {
			request.getCoyoteRequest().action(ActionCode.AVAILABLE, Boolean.TRUE);
			if (request.getCoyoteRequest().getAvailable() >= length) {
				return true;
			}
			if (System.nanoTime() - deadline >= 0) {
				return false;
			}
			try {
				Thread.sleep(POLL_MILLIS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
	}

	private void refuse(Request request, Response response) throws IOException {
		ProblemDetail problem = Problems.busyReadingBodies(RETRY_AFTER_SECONDS,
				language.words(request.getQueryString(), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", request.getDecodedRequestURI());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CONNECTION, "close");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		securityHeaders.writeHeaders(request, response);
		response.getOutputStream().write(JsonFiles.mapper().writeValueAsBytes(body));
		response.finishResponse();
		// The body is not wanted: Tomcat must not wait for it before closing.
		request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
	}

}
