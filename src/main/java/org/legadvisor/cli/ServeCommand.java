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

@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Mixin
	Locations locations;

	@Mixin
	LanguageOption language;

	@Option(names = "--port", defaultValue = "8080")
	int port;

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "data")
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
		out.println(CliLanguage.say(spec, "serve.serving", address, locations.rules));
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
