package org.legadvisor.memory.impact;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.assessment.Advisor;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.memory.Caller;
import org.legadvisor.memory.MemoryException;
import org.legadvisor.memory.Round;
import org.legadvisor.memory.RoundLabel;
import org.legadvisor.memory.Rounds;
import org.legadvisor.memory.StoredJson;
import org.legadvisor.memory.progress.Progress.FindingRef;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A stored round re-run on today's rules: the findings its report kept against those the rules in use find in the
 * same answers. Nothing is stored; the round stays as it was assessed.
 */
@Service
public class RoundRerun {

	/**
	 * The difference for one round: {@code appear} and {@code disappear} are the findings today's rules would add to
	 * or take from the report kept; {@code findings} are today's, in the report's order.
	 */
	public record Rerun(long round, String label, String storedRules, String currentRules, List<FindingRef> appear,
			List<FindingRef> disappear, List<FindingRef> findings) {
	}

	private final Rounds rounds;

	private final Advisor advisor;

	private final LiveRuleBase rules;

	RoundRerun(Rounds rounds, Advisor advisor, LiveRuleBase rules) {
		this.rounds = rounds;
		this.advisor = advisor;
		this.rules = rules;
	}

	/** For the LEG's members and administrators. */
	@Transactional(readOnly = true)
	public Rerun of(long legId, long roundId, Caller caller) {
		List<Round> all = rounds.of(legId, caller);
		Round round = rounds.one(legId, roundId, caller);
		String currentVersion = rules.current().version().contentHash();
		List<FindingRef> today;
		try {
			today = RuleImpact.findings(advisor,
					new AnswersReader().read(new ByteArrayInputStream(round.answers().getBytes(UTF_8))));
		}
		catch (InvalidAnswersException e) {
			throw MemoryException.conflict("memory.problem.rerunInvalid", e.getMessage());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		FindingDifference difference = FindingDifference.between(kept(round), today);
		String label = RoundLabel.of(all.indexOf(round) + 1, round.enteredAt(), round.enteredBy());
		return new Rerun(round.id(), label, round.ruleBaseVersion(), currentVersion, difference.appear(),
				difference.disappear(), today);
	}

	private static List<FindingRef> kept(Round round) {
		List<FindingRef> findings = new ArrayList<>();
		for (JsonNode finding : StoredJson.tree(round.report()).path("findings")) {
			findings.add(new FindingRef(finding.path("id").asText(), finding.path("title").asText(),
					finding.path("severity").asText(), finding.path("principle").asText()));
		}
		return findings;
	}

}
