package org.legadvisor.memory.progress;

import org.legadvisor.memory.MemoryWords;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.memory.progress.Progress.FindingRef;
import org.legadvisor.memory.progress.Progress.Standing;

/** Progress between two rounds as text for the terminal, in the words of messages.properties. */
public final class ProgressText {

	private ProgressText() {
	}

	public static String render(Progress progress) {
		StringBuilder text = new StringBuilder();
		line(text, MemoryWords.text("memory.progress.title", progress.from().label(), progress.to().label()));
		line(text, "");
		line(text, MemoryWords.text("memory.progress.principles"));
		for (Progress.PrincipleChange principle : progress.principles()) {
			String change = principle.change() == null ? "" : String.format(" (%+d)", principle.change());
			line(text, "  " + principle.principle() + " " + principle.name() + ": " + standing(principle.before())
					+ " -> " + standing(principle.after()) + change);
		}
		findings(text, "memory.progress.resolved", progress.resolved());
		findings(text, "memory.progress.new", progress.added());
		findings(text, "memory.progress.persisting", progress.persisting());
		line(text, "");
		line(text, MemoryWords.text("memory.progress.answers", progress.answersChanged().size()));
		for (Progress.AnswerChange change : progress.answersChanged()) {
			line(text, "  " + change.questionText() + " (" + change.question() + "): " + answer(change.before())
					+ " -> " + answer(change.after()));
		}
		return text.toString();
	}

	private static void findings(StringBuilder text, String headingKey, List<FindingRef> findings) {
		line(text, "");
		line(text, MemoryWords.text(headingKey, findings.size()));
		findings.forEach(f -> line(text, "  " + f.title() + " (" + f.id() + ", " + f.severity() + ")"));
	}

	private static String standing(Standing standing) {
		if (standing.level() == null) {
			return MemoryWords.text("memory.progress.absent");
		}
		String label = standing.levelLabel() == null ? standing.level() : standing.levelLabel();
		return standing.score() == null ? label : standing.score() + " " + label;
	}

	private static String answer(JsonNode answer) {
		if (answer == null || answer.isNull()) {
			return MemoryWords.text("memory.progress.notAnswered");
		}
		return answer.isTextual() ? answer.asText() : answer.toString();
	}

	private static void line(StringBuilder text, String line) {
		text.append(line).append(System.lineSeparator());
	}

}
