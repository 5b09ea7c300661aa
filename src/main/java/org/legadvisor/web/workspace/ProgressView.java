package org.legadvisor.web.workspace;

import java.util.List;

import org.legadvisor.memory.progress.Progress;
import org.legadvisor.memory.progress.Progress.FindingRef;
import org.legadvisor.memory.progress.Progress.Standing;
import org.legadvisor.memory.progress.StoredTexts;

/**
 * Progress between two rounds as the pages show it, in words: each principle's score and level before and after, the
 * findings resolved, new and persisting by their titles, the answers changed with the words of each answer, all in
 * the reader's language ({@code progress} comes in it; the answers are worded here).
 */
record ProgressView(StoredRounds.RoundRow from, StoredRounds.RoundRow to, List<PrincipleRow> principles,
		List<String> resolved, List<String> added, List<String> persisting, List<AnswerRow> answers) {

	/** {@code direction}: up, down or same (null when either side has too few answers for a score). */
	record PrincipleRow(String principle, String name, Standing before, Standing after, Integer change,
			String direction) {
	}

	/** An answer changed: null before or after where it was not given. */
	record AnswerRow(String question, String before, String after) {
	}

	static ProgressView of(Progress progress, StoredRounds.RoundRow from, StoredRounds.RoundRow to,
			StoredTexts texts) {
		return new ProgressView(from, to, progress.principles().stream().map(ProgressView::principle).toList(),
				titles(progress.resolved()), titles(progress.added()), titles(progress.persisting()),
				progress.answersChanged().stream()
					.map(change -> new AnswerRow(change.questionText(), texts.answer(change.question(), change.before()),
							texts.answer(change.question(), change.after())))
					.toList());
	}

	private static PrincipleRow principle(Progress.PrincipleChange change) {
		String direction = change.change() == null ? null
				: change.change() > 0 ? "up" : change.change() < 0 ? "down" : "same";
		return new PrincipleRow(change.principle(), change.name(), change.before(), change.after(), change.change(),
				direction);
	}

	private static List<String> titles(List<FindingRef> findings) {
		return findings.stream().map(FindingRef::title).toList();
	}

}
