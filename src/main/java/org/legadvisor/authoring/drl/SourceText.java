package org.legadvisor.authoring.drl;

import java.util.ArrayList;
import java.util.List;

/** The text of one rule file, to turn the parser's character offsets and 0-based columns into positions. */
final class SourceText {

	private final String text;

	private final int[] lineStarts;

	SourceText(String text) {
		this.text = text;
		List<Integer> starts = new ArrayList<>(List.of(0));
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
	}

	String text() {
		return text;
	}

	/** The offset of a 1-based line and the parser's 0-based column, or -1 when outside the text. */
	int offset(int line, int column) {
		if (line < 1 || line > lineStarts.length || column < 0) {
			return -1;
		}
		int offset = lineStarts[line - 1] + column;
		return offset <= text.length() ? offset : -1;
	}

	Position position(int offset) {
		if (offset < 0 || offset > text.length()) {
			return Position.UNKNOWN;
		}
		int line = 0;
		while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
			line++;
		}
		return new Position(line + 1, offset - lineStarts[line] + 1);
	}

	/** The position of the parser's 1-based line and 0-based column. */
	Position position(int line, int column) {
		return line < 1 ? Position.UNKNOWN : new Position(line, Math.max(column, 0) + 1);
	}

	/** The text between two offsets, clipped to the file. */
	String slice(int from, int to) {
		int start = Math.max(0, Math.min(from, text.length()));
		return text.substring(start, Math.max(start, Math.min(to, text.length())));
	}

	/** The expression with the content of every string literal replaced by underscores, same length. */
	static String mask(String expression) {
		StringBuilder masked = new StringBuilder(expression.length());
		boolean inText = false;
		for (int i = 0; i < expression.length(); i++) {
			char c = expression.charAt(i);
			if (inText && c == '\\' && i + 1 < expression.length()) {
				masked.append("__");
				i++;
			}
			else if (c == '"') {
				inText = !inText;
				masked.append(c);
			}
			else {
				masked.append(inText ? '_' : c);
			}
		}
		return masked.toString();
	}

}
