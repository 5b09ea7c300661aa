package org.legadvisor.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/** Puts the {@link ProblemReportValve} in place of the error report valves that Tomcat and Spring Boot install. */
@Component
class ProblemReportValveCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final SecurityHeaders securityHeaders;

	ProblemReportValveCustomizer(SecurityHeaders securityHeaders) {
		this.securityHeaders = securityHeaders;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				Pipeline pipeline = host.getPipeline();
				for (Valve valve : pipeline.getValves()) {
					if (valve instanceof ErrorReportValve) {
						pipeline.removeValve(valve);
					}
				}
				// The host adds a valve of this class when it starts unless it finds one: it finds ours.
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
				pipeline.addValve(new ProblemReportValve(securityHeaders));
			}
		});
	}

}
