package org.legadvisor.web.http;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.legadvisor.web.LegAdvisorProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The valves the service adds to Tomcat: {@link ProblemReportValve} in place of Tomcat's HTML error report (which
 * Spring Boot also installs), and around everything {@link BodyReadLimitValve}, then {@link BodyDrainValve}, so that
 * the first bounds the threads waiting for bodies, drained ones included, and the second sees each final response.
 */
@Component
class TomcatValves implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final LegAdvisorProperties properties;

	private final ServerProperties server;

	private final SecurityHeaders securityHeaders;

	private final RequestLanguage language;

	TomcatValves(LegAdvisorProperties properties, ServerProperties server, SecurityHeaders securityHeaders,
			RequestLanguage language) {
		this.properties = properties;
		this.server = server;
		this.securityHeaders = securityHeaders;
		this.language = language;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		int threads = server.getTomcat().getThreads().getMax();
		if (properties.maxConcurrentBodyReads() < 1 || properties.maxConcurrentBodyReads() >= threads) {
			throw new InvalidConfigurationPropertyValueException("leg-advisor.max-concurrent-body-reads",
					properties.maxConcurrentBodyReads(), "it must be from 1 to " + (threads - 1)
							+ ", below server.tomcat.threads.max (" + threads + ")");
		}
		factory.addEngineValves(new BodyReadLimitValve(properties.maxConcurrentBodyReads(), securityHeaders, language));
		factory.addEngineValves(new BodyDrainValve(properties.bodyTimeout(),
				server.getTomcat().getMaxSwallowSize().toBytes()));
		factory.addContextCustomizers(context -> {
			StandardHost host = (StandardHost) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			// The host adds a report valve of this class when it finds none in its pipeline: it finds ours.
			host.setErrorReportValveClass(ProblemReportValve.class.getName());
			host.getPipeline().addValve(new ProblemReportValve(securityHeaders, language));
		});
	}

}
