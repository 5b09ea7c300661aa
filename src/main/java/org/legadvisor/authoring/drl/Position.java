package org.legadvisor.authoring.drl;

/** A place in a rule file: line and column, both counted from 1; 0 means not known. */
public record Position(int line, int column) {

	public static final Position UNKNOWN = new Position(0, 0);

}
