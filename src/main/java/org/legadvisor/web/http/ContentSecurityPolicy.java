package org.legadvisor.web.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The Content-Security-Policy of every response: scripts, styles and images from the service itself only. The
 * report is one standalone page with its style and its one script inline (a saved report must work offline); the
 * policy allows exactly those two by their hashes, computed from the templates when the service starts (an edit of
 * them needs no edit here), and refuses any other inline script or style, such as one injected into a page. Swagger
 * UI, which is not ours and injects style elements, may use inline styles on its own pages.
 */
@Component
public class ContentSecurityPolicy implements HeaderWriter {

	static final String HEADER = "Content-Security-Policy";

	private static final String SWAGGER_UI = "/swagger-ui/";

	private final String directives;

	private final String swaggerUiDirectives;

	ContentSecurityPolicy(ITemplateEngine templates) {
		String style = hash(inlineContent(templates, "report-style", "style"));
		String script = hash(inlineContent(templates, "report-script", "script"));
		this.directives = policy("'self' '" + script + "'", "'self' '" + style + "'");
		this.swaggerUiDirectives = policy("'self'", "'self' 'unsafe-inline'");
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (!response.containsHeader(HEADER)) {
			// Tomcat's own refusals may come without a URI.
			String uri = request.getRequestURI();
			response.setHeader(HEADER, uri != null && uri.startsWith(SWAGGER_UI) ? swaggerUiDirectives : directives);
		}
	}

	private static String policy(String scripts, String styles) {
		// data: images are the icons of Swagger UI's style sheet; nothing else of the service loads images.
		return String.join("; ", "default-src 'none'", "script-src " + scripts, "style-src " + styles,
				"img-src 'self' data:", "connect-src 'self'", "form-action 'self'", "frame-ancestors 'none'",
				"base-uri 'none'");
	}

	/** The text of a fragment's element ({@code <style>...</style>}) as the pages that include it render it. */
	private static String inlineContent(ITemplateEngine templates, String template, String fragment) {
		String element = templates.process(template, Set.of(fragment), new Context(Locale.ENGLISH)).strip();
		int start = element.indexOf('>') + 1;
		int end = element.lastIndexOf("</");
		if (start <= 0 || end < start) {
			throw new IllegalStateException("Template " + template + " has no " + fragment + " element to hash");
		}
		return element.substring(start, end);
	}

	static String hash(String content) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return "sha256-" + Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

}
