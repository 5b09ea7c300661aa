package org.legadvisor.memory.history;

import java.util.stream.Collectors;

import org.legadvisor.memory.progress.StoredTexts;

/**
 * A LEG's history as text for the terminal, in the words of messages.properties in the reader's language
 * ({@code history} is already in it: {@link LegHistory#of}).
 */
public final class HistoryText {

	private HistoryText() {
	}

	public static String render(LegHistory history, StoredTexts texts) {
		StringBuilder text = new StringBuilder();
		line(text, history.country() == null
				? texts.say("memory.history.title", history.leg(), history.rounds().size())
				: texts.say("memory.history.titleCountry", history.leg(), history.country(),
						history.rounds().size()));
		history.rounds().forEach(round -> line(text, "  " + texts.say("memory.history.round", round.label(),
				round.findings())));
		if (history.rounds().isEmpty()) {
			return text.toString();
		}
		line(text, "");
		line(text, texts.say("memory.history.principles"));
		for (LegHistory.PrincipleTrend principle : history.principles()) {
			String levels = principle.levels().stream().map(level -> level(level, texts))
				.collect(Collectors.joining(" -> "));
			line(text, "  " + texts.say("memory.history.principleLine", principle.principle(), principle.name(),
					levels, principle.trendLabel()));
		}
		return text.toString();
	}

	private static String level(LegHistory.Level level, StoredTexts texts) {
		if (level == null || level.level() == null) {
			return texts.say("memory.progress.absent");
		}
		String label = level.levelLabel() == null ? level.level() : level.levelLabel();
		return level.score() == null ? label : label + " (" + level.score() + ")";
	}

	private static void line(StringBuilder text, String line) {
		text.append(line).append(System.lineSeparator());
	}

}
