package org.legadvisor.web.http;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.language.Words;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Answers the errors Tomcat raises before a request reaches Spring (a request line or header it cannot parse,
 * headers too large, a path it will not decode such as an encoded slash, a backslash or a climb above the root) with
 * a problem detail and the security headers, instead of Tomcat's HTML page. Errors inside the application have
 * already been written by {@link ProblemErrorController} and are left alone.
 */
final class ProblemReportValve extends ErrorReportValve {

	private final HeaderWriter securityHeaders;

	private final RequestLanguage language;

	ProblemReportValve(HeaderWriter securityHeaders, RequestLanguage language) {
		this.securityHeaders = securityHeaders;
		this.language = language;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		Words words = language.words(request.getQueryString(), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title(code, words));
		problem.put("status", code);
		problem.put("detail", status == null ? words.format("problem.status.refused")
				: ProblemErrorController.detail(status, words));
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, words.language().code());
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
			securityHeaders.writeHeaders(request, response);
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(JsonFiles.mapper().writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			// The connection is gone or the response already committed: there is no one left to tell.
		}
	}

	/** The status's name in the reader's language ("Requête invalide"), or "Error 418" for one the bundle lacks. */
	private static String title(int code, Words words) {
		String key = "problem.status.title." + code;
		return words.has(key) ? words.format(key) : words.format("problem.status.title.other", String.valueOf(code));
	}

}
