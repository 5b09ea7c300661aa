package org.legadvisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.legadvisor.language.Words;

/**
 * A reference to the paper ({@code "Part III, principle 1, elements 2 and 3; Part II, challenge 3"}) in the report's
 * language: in English as written; in another language its parts named in that language's words ("Partie III,
 * principe 1, éléments 2 et 3"), without the English glosses a basis may add in brackets or after a colon (the paper
 * itself is cited, the gloss is the knowledge base's comment on it, written in English only).
 */
final class PaperReference {

	private static final Pattern GLOSS_IN_BRACKETS = Pattern.compile("\\s*\\([^()]*\\)");

	private static final String NUMBER = "(?:\\d+|[ivx]+|I|II|III)";

	/** One part of a reference: "Part II", "principle 1", "elements 2 and 3", "3 and 4", "introduction". */
	private static final Pattern TERM = Pattern
		.compile("(?:(Part|principles?|elements?|functions?|challenges?) )?(" + NUMBER + ")|(introduction)");

	private static final String ANY_TERM = "(?:(?:Part|principles?|elements?|functions?|challenges?) )?" + NUMBER
			+ "|introduction";

	/** A part, or parts joined by "and": "function 4 and function 2". */
	private static final Pattern PIECE = Pattern.compile("(?:" + ANY_TERM + ")(?: and (?:" + ANY_TERM + "))*");

	private final Words words;

	PaperReference(Words words) {
		this.words = words;
	}

	String say(String reference) {
		if (reference == null || words.language().isSource()) {
			return reference;
		}
		List<String> segments = new ArrayList<>();
		for (String segment : reference.split(";")) {
			String said = segment(segment);
			if (!said.isEmpty()) {
				segments.add(said);
			}
		}
		return segments.isEmpty() ? reference : String.join("; ", segments);
	}

	private String segment(String segment) {
		String plain = segment;
		for (String before = ""; !before.equals(plain);) {
			before = plain;
			plain = GLOSS_IN_BRACKETS.matcher(plain).replaceAll("");
		}
		int colon = plain.indexOf(':');
		plain = (colon < 0 ? plain : plain.substring(0, colon)).strip();
		List<String> pieces = new ArrayList<>();
		for (String piece : plain.split(", ")) {
			if (PIECE.matcher(piece.strip()).matches()) {
				pieces.add(piece(piece.strip()));
			}
		}
		return String.join(", ", pieces);
	}

	private String piece(String piece) {
		StringBuilder said = new StringBuilder();
		for (String term : piece.split(" and ")) {
			if (!said.isEmpty()) {
				said.append(' ').append(words.get("report.basis.word.and")).append(' ');
			}
			Matcher m = TERM.matcher(term);
			if (m.matches() && m.group(3) != null) {
				said.append(words.get("report.basis.word.introduction"));
			}
			else if (m.matches()) {
				said.append(m.group(1) == null ? "" : words.get("report.basis.word." + m.group(1)) + " ").append(m.group(2));
			}
		}
		return said.toString();
	}

}
