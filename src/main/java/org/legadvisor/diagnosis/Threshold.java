package org.legadvisor.diagnosis;

/**
 * A figure a rule compares an answer with, as a fact: {@code Threshold( id == "meetings.few", $min : value )}.
 * Its value comes from {@code knowledge-base/thresholds.json}, so a country adapts it without editing rules, and a
 * finding that matched it names it, so the report can say which figure was used and on what basis.
 */
public record Threshold(String id, double value) {
}
