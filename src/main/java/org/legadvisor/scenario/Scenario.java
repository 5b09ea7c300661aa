package org.legadvisor.scenario;

import org.legadvisor.questionnaire.AnswersDocument;

/** A named answers document with what it must yield; {@code source} says which file it came from. */
public record Scenario(String name, String source, AnswersDocument answers, Expectation expect) {
}
