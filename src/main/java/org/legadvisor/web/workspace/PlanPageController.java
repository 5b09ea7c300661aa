package org.legadvisor.web.workspace;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.legadvisor.memory.Caller;
import org.legadvisor.memory.Leg;
import org.legadvisor.memory.LegWorkspaces;
import org.legadvisor.memory.MemoryException;
import org.legadvisor.memory.Round;
import org.legadvisor.memory.Rounds;
import org.legadvisor.memory.plan.ActionPlan;
import org.legadvisor.memory.plan.PlanCsv;
import org.legadvisor.memory.plan.PlanStatus;
import org.legadvisor.memory.progress.StoredTexts;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A LEG's action plan in the browser: the actions its last round recommends and those it adopted; adopt one, set its
 * owner, due date, status (a dropped one with a reason) and notes. A change made on a version someone else has
 * changed since is refused by the plan (optimistic locking): the page then says who changed it and when, shows their
 * version, and keeps what this person typed, to save again on the new version if they still want to.
 */
@Controller
class PlanPageController {

	/** What a person typed for one action; {@code version} the version the form was made on (null: not adopted). */
	record Input(String owner, String dueOn, String status, String reason, String notes, Integer version) {

		static Input of(ActionPlan.Row row) {
			return new Input(row.owner(), row.dueOn() == null ? null : row.dueOn().toString(),
					row.status() == null ? PlanStatus.planned.name() : row.status().name(), row.reason(), row.notes(),
					row.version());
		}
	}

	/**
	 * An action of the plan as the page shows it: the row (titled in the reader's language by the plan), its
	 * findings' titles in the reader's language, the form's values, a problem.
	 */
	record PlanRow(ActionPlan.Row row, List<String> findings, String dueOn, String updatedAt, Input input,
			String problem) {
	}

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final LegWorkspaces workspaces;

	private final Rounds rounds;

	private final ActionPlan plan;

	private final MessageSource messages;

	private final StoredRounds stored;

	PlanPageController(LegWorkspaces workspaces, Rounds rounds, ActionPlan plan, MessageSource messages,
			StoredRounds stored) {
		this.workspaces = workspaces;
		this.rounds = rounds;
		this.plan = plan;
		this.messages = messages;
		this.stored = stored;
	}

	@GetMapping("/legs/{id}/plan")
	String plan(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		return page(id, PageCallers.of(authentication), locale, model, null, null, null);
	}

	@PostMapping("/legs/{id}/plan/{actionId}")
	String change(@PathVariable long id, @PathVariable String actionId, @RequestParam(required = false) String owner,
			@RequestParam(required = false) String dueOn, @RequestParam(defaultValue = "") String status,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String notes,
			@RequestParam(required = false) Integer version, Authentication authentication, Locale locale,
			Model model, HttpServletResponse response) {
		Caller caller = PageCallers.of(authentication);
		Input typed = new Input(owner, dueOn, status, reason, notes, version);
		String problem = problem(typed, locale);
		if (problem == null) {
			try {
				plan.update(id, actionId, new ActionPlan.Change(owner, date(dueOn), PlanStatus.valueOf(status),
						reason, notes, version), caller);
				return "redirect:/legs/" + id + "/plan#action-" + actionId;
			}
			catch (MemoryException e) {
				if (e.kind() == MemoryException.Kind.CONFLICT) {
					response.setStatus(HttpServletResponse.SC_CONFLICT);
					return page(id, caller, locale, model, actionId, typed, null);
				}
				if (e.kind() != MemoryException.Kind.INVALID) {
					throw e;
				}
				problem = e.getMessage();
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(id, caller, locale, model, actionId, typed, problem);
	}

	@GetMapping("/legs/{id}/plan.csv")
	ResponseEntity<String> csv(@PathVariable long id, Authentication authentication) {
		Leg leg = workspaces.readable(id, PageCallers.of(authentication));
		String name = "plan-" + leg.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".csv";
		return ResponseEntity.ok().contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(PlanCsv.render(plan.of(id, PageCallers.of(authentication))));
	}

	/**
	 * The plan page; for {@code actionId}, the form keeps what was {@code typed}: with a {@code problem} to fix, or
	 * (no problem) after a conflict, on the version now stored, with who changed it.
	 */
	private String page(long id, Caller caller, Locale locale, Model model, String actionId, Input typed,
			String problem) {
		Leg leg = workspaces.readable(id, caller);
		ActionPlan.View view = plan.of(id, caller);
		List<Round> all = rounds.of(id, caller);
		StoredTexts texts = stored.texts(locale);
		Map<String, String> titles = all.isEmpty() ? Map.of()
				: StoredRounds.findingTitles(all.get(all.size() - 1), texts);
		model.addAttribute("leg", leg);
		model.addAttribute("today", Dates.day(view.today(), locale));
		model.addAttribute("canWrite", canWrite(id, caller));
		model.addAttribute("statuses", PlanStatus.values());
		model.addAttribute("rows", view.actions().stream().map(row -> {
			Input input = Input.of(row);
			String said = null;
			if (row.actionId().equals(actionId)) {
				if (problem == null) {
					said = messages.getMessage("plan.conflict", new Object[] { row.updatedBy(),
							Dates.when(row.updatedAt(), locale) }, locale);
					input = new Input(typed.owner(), typed.dueOn(), typed.status(), typed.reason(), typed.notes(),
							row.version());
				}
				else {
					said = problem;
					input = typed;
				}
			}
			return new PlanRow(row, row.findings().stream().map(f -> titles.getOrDefault(f, f)).toList(),
					Dates.day(row.dueOn(), locale), Dates.when(row.updatedAt(), locale), input, said);
		}).toList());
		return "plan";
	}

	private String problem(Input typed, Locale locale) {
		if (typed.status() == null || typed.status().isBlank()) {
			return messages.getMessage("plan.problem.status", null, locale);
		}
		try {
			PlanStatus status = PlanStatus.valueOf(typed.status());
			date(typed.dueOn());
			if (status == PlanStatus.dropped && (typed.reason() == null || typed.reason().isBlank())) {
				return messages.getMessage("plan.problem.reason", null, locale);
			}
			return null;
		}
		catch (IllegalArgumentException e) {
			return messages.getMessage("plan.problem.status", null, locale);
		}
		catch (DateTimeParseException e) {
			return messages.getMessage("plan.problem.date", new Object[] { typed.dueOn() }, locale);
		}
	}

	private static LocalDate date(String text) {
		return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
	}

	private boolean canWrite(long id, Caller caller) {
		try {
			workspaces.writable(id, caller);
			return true;
		}
		catch (MemoryException e) {
			return false;
		}
	}

}
