package org.legadvisor.web;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * {@code serve} with a setting that is not valid names the setting, where it was set and why, in words: Spring's own
 * analyses of these failures print Java's exception names, and the value as found in the environment, which for the
 * administrator's password is a secret. Runs before them.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class SettingFailureAnalyzer implements FailureAnalyzer {

	private static final String ACTION = "Correct the setting (in the environment, on the command line or in "
			+ "application.properties), then start again.";

	private final Environment environment;

	SettingFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidConfigurationPropertyValueException invalid) {
				return new FailureAnalysis("The setting " + invalid.getName() + " " + origin(invalid.getName())
						+ "is not valid: " + invalid.getReason() + " (given: " + invalid.getValue() + ").", ACTION, failure);
			}
			if (cause instanceof BindException bind) {
				ConfigurationProperty property = bind.getProperty();
				String name = property == null ? bind.getName().toString() : property.getName().toString();
				String value = property == null || name.endsWith("password") ? "" : " (given: " + property.getValue() + ")";
				return new FailureAnalysis("The setting " + name + " " + origin(name) + "is not valid: "
						+ innermost(bind).getMessage() + value + ".", ACTION, failure);
			}
		}
		return null;
	}

	/** Where the setting was made, such as an environment variable or a line of application.properties. */
	private String origin(String name) {
		if (environment == null) {
			return "";
		}
		for (var source : ConfigurationPropertySources.get(environment)) {
			ConfigurationProperty property = source.getConfigurationProperty(ConfigurationPropertyName.adapt(name, '.'));
			if (property != null && property.getOrigin() != null) {
				return "(set in " + property.getOrigin() + ") ";
			}
		}
		return "";
	}

	private static Throwable innermost(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
