package org.legadvisor.diagnosis;

/** An answer that led to a finding: the question id and the answer given. */
public record Evidence(String question, String answer) {
}
