package org.legadvisor.authoring.drl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords the DRL parser's messages for readers who do not know its grammar. The location is dropped (the problem
 * carries it) and the usual causes are named.
 */
final class ParserMessage {

	private static final Pattern PREFIX = Pattern.compile("^(\\[ERR \\d+\\]\\s*)?(Line \\d+:\\d+\\s*)?");

	private static final Pattern AT_END = Pattern.compile("mismatched input '(<eof>)?'(?: in rule \"(.*)\")?.*|unexpected exception at input '<eof>'.*",
			Pattern.DOTALL);

	private static final Pattern UNEXPECTED = Pattern.compile("mismatched input '(.+)' in rule \"(.*)\"", Pattern.DOTALL);

	private ParserMessage() {
	}

	static String plain(String message) {
		String text = PREFIX.matcher(message.strip()).replaceFirst("");
		Matcher end = AT_END.matcher(text);
		if (end.matches()) {
			String rule = end.groupCount() >= 2 && end.group(2) != null ? " rule \"" + end.group(2) + "\"" : " a rule";
			return "the file ends inside" + rule + ": its \"end\", a closing parenthesis or a closing quote is missing";
		}
		Matcher unexpected = UNEXPECTED.matcher(text);
		if (unexpected.matches()) {
			return "unexpected '" + unexpected.group(1) + "' in rule \"" + unexpected.group(2)
					+ "\": look for a missing comma, parenthesis or quote just before it, or a single = where == is meant";
		}
		int stack = text.indexOf(" Stack trace:");
		return stack < 0 ? text : text.substring(0, stack);
	}

}
