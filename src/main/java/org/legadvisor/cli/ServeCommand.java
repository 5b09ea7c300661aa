package org.legadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.knowledge.KnowledgeBaseException;
import org.legadvisor.web.LegAdvisorApplication;
import org.legadvisor.web.RulesCompiledInAdvance;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "Starts the web questionnaire, the report pages and the REST API, and serves "
		+ "them until stopped with Ctrl+C.",
		footer = { "", "Administration: POST /api/rule-base/reload reloads the rules now, for the administrator only "
				+ "(HTTP Basic). Set the password in the environment, not on the command line:",
				"  LEG_ADVISOR_ADMIN_PASSWORD  plain, or encoded as {bcrypt}...; no default:",
				"                              without it the endpoint refuses everyone",
				"  LEG_ADVISOR_ADMIN_USERNAME  the user name (default: admin)", "",
				"Saved LEGs, rounds and plans (/api/legs, for accounts only) are kept in --data, or in PostgreSQL",
				"given by SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD (see the README).", "",
				"Ctrl+C (or SIGTERM) lets requests in flight finish for up to 10 s, then stops.", "",
				"Exit codes: 0 stopped; 1 the rules or the knowledge base do not load; 2 a setting to fix (its name and",
				"where it was set are printed), or the port is in use." })
final class ServeCommand implements Callable<Integer> {

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Mixin
	Locations locations;

	@Option(names = "--port", defaultValue = "8080", description = "TCP port to listen on (default: ${DEFAULT-VALUE}).")
	int port;

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Folder of the saved LEGs, "
			+ "rounds and plans (an H2 database; created if missing; default: ${DEFAULT-VALUE}). Unused when "
			+ "spring.datasource.url names another database, e.g. PostgreSQL (see the README).")
	Path data;

	@Override
	public Integer call() throws InterruptedException {
		PrintWriter out = spec.commandLine().getOut();
		SpringApplication application = new SpringApplication(LegAdvisorApplication.class);
		application.addInitializers(RulesCompiledInAdvance.start(locations.rules, locations.knowledgeBase));
		application.setWebApplicationType(WebApplicationType.SERVLET);
		CountDownLatch stopped = new CountDownLatch(1);
		application.addListeners(event -> {
			if (event instanceof ContextClosedEvent) {
				stopped.countDown();
			}
		});
		ConfigurableApplicationContext context;
		try {
			// Command-line properties rank above application.properties, so these options win. The service logs what
			// it does with the rules (loaded, reloaded, an edit refused); the other commands stay quiet. Why it could
			// not start is said by PlainFailureReporter, without the logged report's prefix and stack trace.
			context = application.run("--server.port=" + port, "--logging.level.org.legadvisor=INFO",
					"--logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter=OFF",
					"--leg-advisor.rules=" + locations.rules.toAbsolutePath(),
					"--leg-advisor.data=" + data.toAbsolutePath(),
					"--leg-advisor.knowledge-base=" + locations.knowledgeBase.toAbsolutePath());
		}
		catch (RuntimeException e) {
			// Spring has already said why, in plain words (the rule file, the setting, the busy port), or, for a failure
			// nobody foresaw, with its stack trace in the log.
			return exitCode(e);
		}
		String address = "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/";
		out.println("LEG Advisor is serving " + address + " (rules from " + locations.rules + "). Press Ctrl+C to stop.");
		out.flush();
		stopped.await();
		return 0;
	}

	/** 1 for rules or a knowledge base that do not load (or a failure nobody foresaw), 2 for a setting to fix. */
	static int exitCode(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RuleCompilationException || cause instanceof KnowledgeBaseException) {
				return LegAdvisorCommand.BROKEN_RULES;
			}
			if (cause instanceof BindException || cause instanceof InvalidConfigurationPropertyValueException
					|| cause instanceof PortInUseException) {
				return LegAdvisorCommand.BAD_INPUT;
			}
		}
		return LegAdvisorCommand.BROKEN_RULES;
	}

}
