package org.legadvisor.memory;

import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.legadvisor.assessment.Advisor;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.report.Report;
import org.legadvisor.report.ReportBuilder;
import org.legadvisor.report.ReportFormat;
import org.legadvisor.memory.audit.AuditLog;
import org.legadvisor.memory.draft.Drafts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A LEG's rounds: each assessed by the same flow as the anonymous report ({@link Advisor}, {@link ReportBuilder}),
 * then kept with its answers and report exactly as produced.
 */
@Service
public class Rounds {

	private final Advisor advisor;

	private final ReportBuilder reports;

	private final RoundRepository rounds;

	private final LegWorkspaces workspaces;

	private final AuditLog audit;

	private final Drafts drafts;

	private final Clock clock;

	Rounds(Advisor advisor, ReportBuilder reports, RoundRepository rounds, LegWorkspaces workspaces, AuditLog audit,
			Drafts drafts, Clock clock) {
		this.advisor = advisor;
		this.reports = reports;
		this.rounds = rounds;
		this.workspaces = workspaces;
		this.audit = audit;
		this.drafts = drafts;
		this.clock = clock;
	}

	/**
	 * Assesses the answers and keeps the round, clearing the LEG's draft; invalid answers are refused as for the
	 * anonymous report.
	 */
	@Transactional(rollbackFor = InvalidAnswersException.class)
	public Round enter(long legId, AnswersDocument answers, Caller caller) throws InvalidAnswersException {
		Leg leg = workspaces.writable(legId, caller);
		Report report = reports.build(advisor.assess(answers));
		Round round = rounds.save(new Round(null, legId, json(answers), ReportFormat.json.render(report),
				report.ruleBase().version(), answers.questionnaireVersion(), caller.username(), clock.instant()));
		drafts.clear(legId);
		audit.record(caller.username(), legId, AuditLog.What.ROUND_SAVED, leg.name(),
				AuditLog.detail("findings", report.findings().size()));
		return round;
	}

	/** The LEG's rounds, oldest first. */
	@Transactional(readOnly = true)
	public List<Round> of(long legId, Caller caller) {
		workspaces.readable(legId, caller);
		return rounds.findByLegIdOrderByEnteredAtAscIdAsc(legId);
	}

	@Transactional(readOnly = true)
	public Round one(long legId, long roundId, Caller caller) {
		workspaces.readable(legId, caller);
		return rounds.findById(roundId).filter(round -> round.legId() == legId)
			.orElseThrow(() -> MemoryException.roundNotFound(legId, roundId));
	}

	static String json(AnswersDocument answers) {
		try {
			return JsonFiles.mapper().writeValueAsString(answers);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("An answers document is plain records and JSON and always serializes", e);
		}
	}

}
