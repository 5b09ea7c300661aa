package org.legadvisor.memory.progress;

import org.legadvisor.memory.StoredJson;
import org.legadvisor.memory.Caller;
import org.legadvisor.memory.Rounds;
import org.legadvisor.memory.MemoryWords;
import org.legadvisor.memory.Round;
import org.legadvisor.memory.MemoryException;
import java.util.List;

import org.legadvisor.language.Translator;
import org.legadvisor.memory.progress.RoundComparison.Snapshot;
import org.legadvisor.questionnaire.Questionnaire;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A LEG's progress between two of its stored rounds, by default the last two, in the language of the request being
 * served (the one Spring's locale resolver chose from {@code ?lang=} and {@code Accept-Language}).
 */
@Service
public class ProgressTracker {

	private final Rounds rounds;

	private final RoundComparison comparison;

	private final Translator translator;

	ProgressTracker(Rounds rounds, Questionnaire questionnaire, Translator translator) {
		this.rounds = rounds;
		this.comparison = new RoundComparison(questionnaire);
		this.translator = translator;
	}

	/** {@code fromRound} and {@code toRound} are round ids, or null for the next-to-last and the last round. */
	@Transactional(readOnly = true)
	public Progress between(long legId, Long fromRound, Long toRound, Caller caller) {
		List<Round> all = rounds.of(legId, caller);
		if ((fromRound == null || toRound == null) && all.size() < 2) {
			throw new MemoryException(MemoryException.Kind.CONFLICT, "memory.problem.fewRounds.title",
					"memory.problem.fewRounds", all.size());
		}
		Round from = fromRound == null ? all.get(all.size() - 2) : rounds.one(legId, fromRound, caller);
		Round to = toRound == null ? all.get(all.size() - 1) : rounds.one(legId, toRound, caller);
		return StoredTexts.in(translator, MemoryWords.requestLocale())
			.progress(comparison.compare(snapshot(from), snapshot(to)));
	}

	static Snapshot snapshot(Round round) {
		Progress.Side side = new Progress.Side(round.id(),
				MemoryWords.text("memory.round.label", round.id(), round.enteredAt().toString(), round.enteredBy()),
				round.ruleBaseVersion());
		return new Snapshot(side, StoredJson.tree(round.report()), StoredJson.tree(round.answers()));
	}

}
