package org.legadvisor.web.http;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.stereotype.Component;

/**
 * The security headers of every response. Spring Security writes them for what the service answers; the error
 * paths that bypass its filters write them too: the container's error page, reached for a request the firewall
 * refused, and Tomcat's own refusals. Each header is written only if the response has none yet.
 */
@Component
public class SecurityHeaders implements HeaderWriter {

	private final List<HeaderWriter> writers;

	SecurityHeaders(ContentSecurityPolicy policy) {
		this.writers = List.of(new XContentTypeOptionsHeaderWriter(), new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
				new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER), policy);
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		writers.forEach(writer -> writer.writeHeaders(request, response));
	}

}
