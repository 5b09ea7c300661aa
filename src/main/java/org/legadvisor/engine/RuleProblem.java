package org.legadvisor.engine;

/**
 * A problem found in the rule files, located by file (relative to the rules folder) and line.
 * A line or column of 0 means the compiler could not place it.
 */
public record RuleProblem(Level level, String file, int line, int column, String message) {

	public enum Level {
		ERROR, WARNING
	}

	/** The {@code file:line:column: message} form that editors and terminals link to. */
	public String location() {
		return file + ":" + line + (column > 0 ? ":" + column : "");
	}

	@Override
	public String toString() {
		return location() + ": " + (level == Level.WARNING ? "warning: " : "") + message;
	}

}
