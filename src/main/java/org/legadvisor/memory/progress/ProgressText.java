package org.legadvisor.memory.progress;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.memory.progress.Progress.FindingRef;
import org.legadvisor.memory.progress.Progress.Standing;

/**
 * Progress between two rounds as text for the terminal, in the words of messages.properties in the reader's language
 * ({@code progress} is already in it: {@link StoredTexts#progress}).
 */
public final class ProgressText {

	private ProgressText() {
	}

	public static String render(Progress progress, StoredTexts texts) {
		StringBuilder text = new StringBuilder();
		line(text, texts.say("memory.progress.title", progress.from().label(), progress.to().label()));
		line(text, "");
		line(text, texts.say("memory.progress.principles"));
		for (Progress.PrincipleChange principle : progress.principles()) {
			String change = principle.change() == null ? "" : String.format(" (%+d)", principle.change());
			line(text, "  " + texts.say("memory.progress.principleLine", principle.principle(), principle.name(),
					standing(principle.before(), texts), standing(principle.after(), texts)) + change);
		}
		findings(text, texts, "memory.progress.resolved", progress.resolved());
		findings(text, texts, "memory.progress.new", progress.added());
		findings(text, texts, "memory.progress.persisting", progress.persisting());
		line(text, "");
		line(text, texts.say("memory.progress.answers", progress.answersChanged().size()));
		for (Progress.AnswerChange change : progress.answersChanged()) {
			line(text, "  " + texts.say("memory.progress.answerLine", change.questionText(), change.question(),
					answer(change.question(), change.before(), texts), answer(change.question(), change.after(), texts)));
		}
		return text.toString();
	}

	private static void findings(StringBuilder text, StoredTexts texts, String headingKey, List<FindingRef> findings) {
		line(text, "");
		line(text, texts.say(headingKey, findings.size()));
		findings.forEach(f -> line(text, "  " + texts.say("memory.progress.finding", f.title(), f.id(),
				texts.severity(f.severity()))));
	}

	private static String standing(Standing standing, StoredTexts texts) {
		if (standing.level() == null) {
			return texts.say("memory.progress.absent");
		}
		String label = standing.levelLabel() == null ? standing.level() : standing.levelLabel();
		return standing.score() == null ? label : standing.score() + " " + label;
	}

	/** The answer in words (option labels, yes and no in the reader's language; free text as typed). */
	private static String answer(String question, JsonNode answer, StoredTexts texts) {
		if (answer == null || answer.isNull()) {
			return texts.say("memory.progress.notAnswered");
		}
		return texts.answer(question, answer);
	}

	private static void line(StringBuilder text, String line) {
		text.append(line).append(System.lineSeparator());
	}

}
