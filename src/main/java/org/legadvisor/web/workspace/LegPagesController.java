package org.legadvisor.web.workspace;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;
import org.legadvisor.memory.Caller;
import org.legadvisor.memory.Leg;
import org.legadvisor.memory.LegWorkspaces;
import org.legadvisor.memory.MemoryException;
import org.legadvisor.memory.Round;
import org.legadvisor.memory.Rounds;
import org.legadvisor.memory.draft.Drafts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My LEGs" (the LEGs a person may see, and a form to create one) and a LEG's page: its rounds, the way to start a
 * new one (the questionnaire, whose report then offers to save it as a round of this LEG), to its progress and plan.
 */
@Controller
class LegPagesController {

	/** The session's LEG whose new round is being answered: the report page offers to save it there. */
	static final String NEW_ROUND_FOR = LegPagesController.class.getName() + ".newRoundFor";

	private final LegWorkspaces workspaces;

	private final Rounds rounds;

	private final StoredRounds stored;

	private final Drafts drafts;

	/** The LEG's draft of its next round, as its page says it: who saved it last, and when. */
	record DraftNote(String savedBy, String savedAt) {
	}

	LegPagesController(LegWorkspaces workspaces, Rounds rounds, StoredRounds stored, Drafts drafts) {
		this.workspaces = workspaces;
		this.rounds = rounds;
		this.stored = stored;
		this.drafts = drafts;
	}

	@GetMapping("/legs")
	String legs(Authentication authentication, Model model) {
		model.addAttribute("legs", workspaces.visibleTo(PageCallers.of(authentication)));
		return "legs";
	}

	@PostMapping("/legs")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) String country,
			Authentication authentication, Model model) {
		Caller caller = PageCallers.of(authentication);
		try {
			Leg leg = workspaces.create(name, country, null, caller);
			return "redirect:/legs/" + leg.id();
		}
		catch (MemoryException e) {
			if (e.kind() != MemoryException.Kind.INVALID) {
				throw e;
			}
			model.addAttribute("legs", workspaces.visibleTo(caller));
			model.addAttribute("nameProblem", true);
			model.addAttribute("name", name);
			model.addAttribute("country", country);
			return "legs";
		}
	}

	@GetMapping("/legs/{id}")
	String leg(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
		Caller caller = PageCallers.of(authentication);
		Leg leg = workspaces.readable(id, caller);
		List<Round> all = rounds.of(id, caller);
		model.addAttribute("leg", leg);
		model.addAttribute("rounds", stored.rows(all, locale));
		model.addAttribute("canWrite", canWrite(id, caller));
		model.addAttribute("draft", drafts.find(id)
			.map(d -> new DraftNote(d.savedBy(), Dates.when(d.savedAt(), locale)))
			.orElse(null));
		return "leg";
	}

	/**
	 * Starts a new round, or continues the LEG's draft: the questionnaire, remembering in the session which LEG its
	 * report may be saved to and its draft saved on the server as it is typed (the draft, if any, opens in it).
	 */
	@GetMapping("/legs/{id}/new-round")
	String newRound(@PathVariable long id, Authentication authentication, HttpSession session) {
		workspaces.writable(id, PageCallers.of(authentication));
		session.setAttribute(NEW_ROUND_FOR, id);
		return "redirect:/";
	}

	boolean canWrite(long id, Caller caller) {
		try {
			workspaces.writable(id, caller);
			return true;
		}
		catch (MemoryException e) {
			return false;
		}
	}

}
