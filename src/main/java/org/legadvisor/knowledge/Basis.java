package org.legadvisor.knowledge;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a finding or an action rests: a passage of the paper ({@code "Part III, principle 1, element 2"}), or common
 * practice where the paper is silent ({@code "practice: <one-line reason>"}). The report shows the first as the
 * paper's and the second as common practice, so that no one takes a practice for the paper's word.
 */
public record Basis(String text) {

	/** How a basis must start when it is not a reference to the paper. */
	public static final String PRACTICE_PREFIX = "practice:";

	/**
	 * A rule's whole {@code @basis} when the paper is silent: the reason is words a reader reads, so it lives in
	 * {@code findings.json} under the rule's id ({@code "practice"}), translated as the title is.
	 */
	public static final String PRACTICE = "practice";

	private static final Pattern PAPER = Pattern.compile("Part (I|II|III), \\S.*");

	private static final Pattern PRACTICE_SHAPE = Pattern.compile(Pattern.quote(PRACTICE_PREFIX) + "\\s*\\S.*");

	/** The words every message about a malformed basis ends with. */
	public static final String EXPECTED = "a reference to the paper such as \"Part III, principle 1, element 2\", or "
			+ "\"practice: <one-line reason>\" where the paper is silent";

	/** The basis of this text, or empty when there is none (null or blank). */
	public static Optional<Basis> of(String text) {
		return text == null || text.isBlank() ? Optional.empty() : Optional.of(new Basis(text.strip()));
	}

	/** Whether the text has one of the two shapes: a reference to Part I, II or III, or "practice: <reason>". */
	public boolean wellFormed() {
		return PAPER.matcher(text).matches() || PRACTICE_SHAPE.matcher(text).matches();
	}

	public boolean practice() {
		return text.startsWith(PRACTICE_PREFIX);
	}

	/** The reason of a practice basis, the reference of a paper basis. */
	public String words() {
		return practice() ? text.substring(PRACTICE_PREFIX.length()).strip() : text;
	}

}
