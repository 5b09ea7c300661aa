package org.legadvisor.web.workspace;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.legadvisor.memory.Caller;
import org.legadvisor.memory.LegWorkspaces;
import org.legadvisor.memory.Round;
import org.legadvisor.memory.Rounds;
import org.legadvisor.memory.progress.ProgressTracker;
import org.legadvisor.memory.progress.StoredTexts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A LEG's progress: the trend of each principle over all its rounds, and what changed between two rounds (by default
 * the last two; the reader may choose others), in the reader's language whatever the language of the rounds.
 */
@Controller
class ProgressPageController {

	private final LegWorkspaces workspaces;

	private final Rounds rounds;

	private final ProgressTracker progress;

	private final StoredRounds stored;

	ProgressPageController(LegWorkspaces workspaces, Rounds rounds, ProgressTracker progress, StoredRounds stored) {
		this.workspaces = workspaces;
		this.rounds = rounds;
		this.progress = progress;
		this.stored = stored;
	}

	@GetMapping("/legs/{id}/progress")
	String progress(@PathVariable long id, @RequestParam(required = false) Long from,
			@RequestParam(required = false) Long to, Authentication authentication, Locale locale, Model model) {
		Caller caller = PageCallers.of(authentication);
		model.addAttribute("leg", workspaces.readable(id, caller));
		List<Round> all = rounds.of(id, caller);
		List<StoredRounds.RoundRow> rows = stored.rows(all, locale);
		model.addAttribute("rounds", rows);
		StoredTexts texts = stored.texts(locale);
		model.addAttribute("trend", TrendChart.of(all, texts));
		if (all.size() >= 2) {
			Round before = from == null ? all.get(all.size() - 2) : rounds.one(id, from, caller);
			Round after = to == null ? all.get(all.size() - 1) : rounds.one(id, to, caller);
			Map<Long, StoredRounds.RoundRow> byId = stored.byId(rows);
			model.addAttribute("progress", ProgressView.of(progress.between(id, before.id(), after.id(), caller),
					byId.get(before.id()), byId.get(after.id()), texts));
		}
		return "progress";
	}

}
