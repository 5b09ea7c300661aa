package org.legadvisor.plan;

/** One part of an action's priority score, with the words that explain it. */
public record RankReason(String reason, int points) {
}
