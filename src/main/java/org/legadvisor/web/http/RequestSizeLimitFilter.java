package org.legadvisor.web.http;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legadvisor.web.LegAdvisorProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body whose declared length is over the limit before anything reads it. Bodies sent without a length are
 * cut at the limit by {@link AnswersBody}.
 */
@Component
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final ObjectMapper json;

	private final RequestLanguage language;

	RequestSizeLimitFilter(LegAdvisorProperties properties, ObjectMapper json, RequestLanguage language) {
		this.limit = properties.maxRequestSize().toBytes();
		this.json = json;
		this.language = language;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			ProblemDetail problem = Problems.tooLarge(limit, language.words(request));
			problem.setInstance(java.net.URI.create(request.getRequestURI()));
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader("Connection", "close");
			json.writeValue(response.getOutputStream(), problem);
			return;
		}
		chain.doFilter(request, response);
	}

}
