package org.legadvisor.text;

import java.util.ArrayList;
import java.util.List;

/** Wraps prose to a width for the terminal, with a hanging indent: for the text report, catalogue and coverage. */
public final class Wrap {

	private Wrap() {
	}

	public static String wrap(String text, int width, String indent) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split("\\s+")) {
			if (line.length() > 0 && indent.length() + line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.length() > 0 ? " " : "").append(word);
		}
		lines.add(line.toString());
		return String.join(System.lineSeparator() + indent, lines);
	}

}
