package org.legadvisor.questionnaire;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A JSON syntax error said as whoever wrote the document understands it, in any language: the common mistakes (a
 * comma too many or missing, a name without quotes, single quotes, a word without quotes, an unclosed brace) each by a
 * message of the bundle ({@code answers.read.json.*}); the parser's own English description, which names its
 * classes and settings, is never shown. The position (line, column) is said beside it by {@link AnswersReader}.
 */
final class JsonErrorWords {

	/** A case: the parser's message matches {@code pattern}; its first group, if any, is what the document gave. */
	private record Case(Pattern pattern, String key) {
	}

	private static final List<Case> CASES = List.of(
			new Case(Pattern.compile("Unexpected character \\('[},]' \\(code \\d+\\)\\): was expecting double-quote"),
					"trailingComma"),
			new Case(Pattern.compile("Unexpected character \\(''' \\(code \\d+\\)\\)"), "singleQuotes"),
			new Case(Pattern.compile("Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting double-quote"),
					"unquotedName"),
			new Case(Pattern.compile("was expecting a colon"), "colon"),
			new Case(Pattern.compile("was expecting comma"), "comma"),
			new Case(Pattern.compile("Unexpected end-of-input"), "end"),
			new Case(Pattern.compile("Unexpected close marker"), "closeMarker"),
			new Case(Pattern.compile("maybe a \\(non-standard\\) comment"), "comment"),
			new Case(Pattern.compile("Duplicate field '([^']*)'"), "duplicate"),
			new Case(Pattern.compile("(?i)exceeds the maximum|nesting depth"), "tooLarge"),
			new Case(Pattern.compile("(?i)numeric value|Non-standard token '(NaN|[+-]?Infinity|INF)'"), "number"),
			new Case(Pattern.compile("Illegal unquoted character"), "control"),
			new Case(Pattern.compile("Unrecognized character escape"), "escape"),
			new Case(Pattern.compile("(?i)Invalid UTF-8|Invalid UTF-32|Unexpected byte"), "encoding"),
			new Case(Pattern.compile("Unrecognized token '([^']*)'"), "word"),
			new Case(Pattern.compile("Unexpected character \\('(.)' \\(code \\d+\\)\\)"), "character"));

	private JsonErrorWords() {
	}

	/** The error in words of the bundle: {@code answers.read.json.<case>}, or {@code .other} for an unusual one. */
	static Phrase of(JsonProcessingException e) {
		String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
		for (Case known : CASES) {
			Matcher m = known.pattern().matcher(message);
			if (m.find()) {
				String given = m.groupCount() > 0 && m.group(1) != null ? m.group(1) : "";
				return Phrase.say("answers.read.json." + known.key(), given);
			}
		}
		return Phrase.say("answers.read.json.other");
	}

}
