package org.legadvisor.memory;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class on PostgreSQL when one is given: the JDBC URL (user and password in it) in the system property
 * {@code leg.test.postgres.url} or the environment variable {@code LEG_ADVISOR_TEST_POSTGRES_URL}, as {@code .ci/run}
 * sets it. Without one the class is skipped, saying so, unless PostgreSQL is required
 * ({@code LEG_ADVISOR_TEST_POSTGRES_REQUIRED=true}, set by {@code .ci/run}): then it fails.
 */
public final class PostgresGiven implements ExecutionCondition {

	static final String PROPERTY = "leg.test.postgres.url";

	static final String VARIABLE = "LEG_ADVISOR_TEST_POSTGRES_URL";

	static final String REQUIRED = "LEG_ADVISOR_TEST_POSTGRES_REQUIRED";

	public static String url() {
		String url = System.getProperty(PROPERTY, System.getenv(VARIABLE));
		return url == null || url.isBlank() ? null : url;
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (url() != null) {
			return ConditionEvaluationResult.enabled("PostgreSQL given: " + url().replaceAll("password=[^&]*", "password=..."));
		}
		String missing = "No PostgreSQL given for the repository tests: set -D" + PROPERTY
				+ "=jdbc:postgresql://HOST/DB?user=U&password=P (or " + VARIABLE + "), as .ci/run does.";
		if ("true".equalsIgnoreCase(System.getProperty(REQUIRED, System.getenv(REQUIRED)))) {
			throw new IllegalStateException(missing + " They cannot be skipped here: " + REQUIRED + " is true.");
		}
		return ConditionEvaluationResult.disabled(missing + " Skipped.");
	}

}
