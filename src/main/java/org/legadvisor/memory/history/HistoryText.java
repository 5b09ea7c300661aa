package org.legadvisor.memory.history;

import java.util.stream.Collectors;

import org.legadvisor.memory.MemoryWords;

/** A LEG's history as text for the terminal, in the words of messages.properties. */
public final class HistoryText {

	private HistoryText() {
	}

	public static String render(LegHistory history) {
		StringBuilder text = new StringBuilder();
		line(text, history.country() == null
				? MemoryWords.text("memory.history.title", history.leg(), history.rounds().size())
				: MemoryWords.text("memory.history.titleCountry", history.leg(), history.country(),
						history.rounds().size()));
		history.rounds().forEach(round -> line(text, "  " + MemoryWords.text("memory.history.round", round.label(),
				round.findings())));
		if (history.rounds().isEmpty()) {
			return text.toString();
		}
		line(text, "");
		line(text, MemoryWords.text("memory.history.principles"));
		for (LegHistory.PrincipleTrend principle : history.principles()) {
			String levels = principle.levels().stream().map(HistoryText::level).collect(Collectors.joining(" -> "));
			line(text, "  " + principle.principle() + " " + principle.name() + ": " + levels + ": "
					+ principle.trendLabel());
		}
		return text.toString();
	}

	private static String level(LegHistory.Level level) {
		if (level == null || level.level() == null) {
			return MemoryWords.text("memory.progress.absent");
		}
		String label = level.levelLabel() == null ? level.level() : level.levelLabel();
		return level.score() == null ? label : label + " (" + level.score() + ")";
	}

	private static void line(StringBuilder text, String line) {
		text.append(line).append(System.lineSeparator());
	}

}
