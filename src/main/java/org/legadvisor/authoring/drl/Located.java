package org.legadvisor.authoring.drl;

/** A piece of rule text, such as one id of a metadata list or an inserted signal id, and where it stands. */
public record Located(String text, Position at) {
}
