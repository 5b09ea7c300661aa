package org.legadvisor.questionnaire;

import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The JSON parser's description of a syntax error, without the parts that speak of the parser itself (its source
 * redaction, its feature flags and limit settings, which name Java classes) and mean nothing to whoever wrote the
 * document.
 */
final class JsonErrorWords {

	private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]");

	private static final Pattern LIMIT_SETTING = Pattern.compile(", from `[^`]*`");

	private static final Pattern FEATURE_HINT = Pattern
		.compile("(: enable `[^`]*` to allow| \\(not recognized as one since Feature '[^']*' not enabled for parser\\))");

	private static final Pattern CODE = Pattern.compile("`[^`]*`");

	private JsonErrorWords() {
	}

	static String of(JsonProcessingException e) {
		String words = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
		words = SOURCE.matcher(words).replaceAll("line $1, column $2");
		words = LIMIT_SETTING.matcher(words).replaceAll("");
		words = FEATURE_HINT.matcher(words).replaceAll("");
		return CODE.matcher(words).replaceAll("a parser setting");
	}

}
