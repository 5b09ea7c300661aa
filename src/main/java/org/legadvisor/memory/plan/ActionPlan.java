package org.legadvisor.memory.plan;

import org.legadvisor.memory.LegWorkspaces;
import org.legadvisor.memory.StoredJson;
import org.legadvisor.memory.Caller;
import org.legadvisor.memory.Rounds;
import org.legadvisor.memory.MemoryWords;
import org.legadvisor.memory.Round;
import org.legadvisor.memory.MemoryException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.language.Translator;
import org.legadvisor.memory.audit.AuditLog;
import org.legadvisor.memory.progress.StoredTexts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A LEG's action plan: the actions its last round recommends, in rank order, and every action it adopted (with owner,
 * due date, status and notes), which carries over from round to round. An action marked done before the last round
 * that this round still recommends (its findings persist) is pointed out, and so is an open action past its due date.
 */
@Service
public class ActionPlan {

	static final int MAX_OWNER = 200;

	static final int MAX_REASON = 2000;

	static final int MAX_NOTES = 4000;

	/** One action of the plan; the tracking fields are null while the action is not adopted. */
	public record Row(String actionId, String title, Integer rank, List<String> findings, boolean adopted,
			String owner, LocalDate dueOn, PlanStatus status, String reason, String notes, Integer version,
			String updatedBy, Instant updatedAt, boolean overdue, boolean doneButFindingPersists) {
	}

	/** The plan as of {@code today}, against the LEG's last round ({@code basedOnRound}, null before any). */
	public record View(long legId, Long basedOnRound, LocalDate today, List<Row> actions) {
	}

	/**
	 * A change to one action of the plan; {@code version} is the version read, null to adopt an action not yet in
	 * the plan.
	 */
	public record Change(String owner, LocalDate dueOn, PlanStatus status, String reason, String notes,
			Integer version) {
	}

	private final LegWorkspaces workspaces;

	private final Rounds rounds;

	private final PlanItemRepository items;

	private final KnowledgeBase knowledge;

	private final AuditLog audit;

	private final Clock clock;

	private final Translator translator;

	ActionPlan(LegWorkspaces workspaces, Rounds rounds, PlanItemRepository items, KnowledgeBase knowledge,
			AuditLog audit, Clock clock, Translator translator) {
		this.translator = translator;
		this.audit = audit;
		this.workspaces = workspaces;
		this.rounds = rounds;
		this.items = items;
		this.knowledge = knowledge;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public View of(long legId, Caller caller) {
		List<Round> all = rounds.of(legId, caller);
		Round last = all.isEmpty() ? null : all.get(all.size() - 1);
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		Map<String, PlanItem> adopted = new LinkedHashMap<>();
		items.findByLegIdOrderByActionId(legId).forEach(item -> adopted.put(item.actionId(), item));
		List<Row> rows = new ArrayList<>();
		if (last != null) {
			for (JsonNode action : StoredJson.tree(last.report()).path("actions")) {
				String id = action.path("id").asText();
				List<String> findings = new ArrayList<>();
				action.path("because").forEach(finding -> findings.add(finding.asText()));
				rows.add(row(id, texts().actionTitle(id, action.path("title").asText()), action.path("rank").asInt(),
						findings,
						adopted.remove(id), last, today));
			}
		}
		// Adopted actions the last round no longer recommends: their findings are gone.
		adopted.values().forEach(item -> rows.add(row(item.actionId(), title(item.actionId()), null, List.of(), item,
				last, today)));
		return new View(legId, last == null ? null : last.id(), today, rows);
	}

	private static Row row(String actionId, String title, Integer rank, List<String> findings, PlanItem item,
			Round last, LocalDate today) {
		if (item == null) {
			return new Row(actionId, title, rank, findings, false, null, null, null, null, null, null, null, null,
					false, false);
		}
		boolean persists = item.status() == PlanStatus.done && !findings.isEmpty() && last != null
				&& last.enteredAt().isAfter(item.statusSince());
		return new Row(actionId, title, rank, findings, true, item.ownerName(), item.dueOn(), item.status(),
				item.reason(), item.notes(), item.version(), item.updatedBy(), item.updatedAt(), item.overdueOn(today),
				persists);
	}

	/** An action's title in the language of the request being served. */
	private String title(String actionId) {
		return texts().actionTitle(actionId, actionId);
	}

	/** The stored reports' texts in the language of the request being served (the plan's titles). */
	private StoredTexts texts() {
		return StoredTexts.in(translator, MemoryWords.requestLocale());
	}

	/**
	 * Adopts an action into the plan or changes it. A change must name the version it was made on: if someone else
	 * saved the action since, nothing is overwritten and the change is refused (conflict).
	 */
	@Transactional
	public PlanItem update(long legId, String actionId, Change change, Caller caller) {
		workspaces.writable(legId, caller);
		if (knowledge.action(actionId).isEmpty()) {
			throw new MemoryException(MemoryException.Kind.NOT_FOUND, "memory.problem.notFound.title",
					"memory.problem.noSuchAction", actionId);
		}
		check(change);
		PlanItem current = items.findByLegIdAndActionId(legId, actionId).orElse(null);
		Instant now = clock.instant();
		if (current == null) {
			return save(new PlanItem(null, legId, actionId, clean(change.owner()), change.dueOn(), change.status(),
					clean(change.reason()), clean(change.notes()), now, caller.username(), now, null), legId, actionId);
		}
		if (change.version() == null) {
			throw MemoryException.conflict("memory.problem.versionMissing", title(actionId), current.version());
		}
		if (!change.version().equals(current.version())) {
			throw stale(current);
		}
		Instant since = change.status() == current.status() ? current.statusSince() : now;
		return save(new PlanItem(current.id(), legId, actionId, clean(change.owner()), change.dueOn(), change.status(),
				clean(change.reason()), clean(change.notes()), since, caller.username(), now, change.version()), legId,
				actionId);
	}

	private PlanItem save(PlanItem item, long legId, String actionId) {
		try {
			PlanItem saved = items.save(item);
			audit.record(saved.updatedBy(), legId, item.version() == null ? AuditLog.What.PLAN_ADOPTED
					: AuditLog.What.PLAN_CHANGED, actionId, describe(saved));
			return saved;
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException e) {
			// Someone else saved this action between our read and our write: they won, we say so.
			throw items.findByLegIdAndActionId(legId, actionId).map(this::stale)
				.orElseGet(() -> MemoryException.conflict("memory.problem.staleUnknown", title(actionId)));
		}
	}

	/** What an adopted action became, for the audit log. */
	private static String describe(PlanItem item) {
		return AuditLog.detail("status", item.status(), "owner", item.ownerName(),
				"due", item.dueOn() == null ? null : item.dueOn().toString());
	}

	private MemoryException stale(PlanItem current) {
		return MemoryException.conflict("memory.problem.stale", title(current.actionId()), current.updatedBy(),
				current.updatedAt().toString(), current.version());
	}

	private static void check(Change change) {
		if (change.status() == null) {
			throw MemoryException.invalid("memory.problem.statusMissing");
		}
		if (change.status() == PlanStatus.dropped && clean(change.reason()) == null) {
			throw MemoryException.invalid("memory.problem.reasonMissing");
		}
		tooLong(change.owner(), MAX_OWNER, "memory.field.owner");
		tooLong(change.reason(), MAX_REASON, "memory.field.reason");
		tooLong(change.notes(), MAX_NOTES, "memory.field.notes");
	}

	private static void tooLong(String text, int max, String fieldKey) {
		if (text != null && text.length() > max) {
			throw MemoryException.invalid("memory.problem.tooLong", MemoryWords.text(fieldKey), max, text.length());
		}
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
