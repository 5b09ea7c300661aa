package org.legadvisor.web.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.legadvisor.memory.Leg;
import org.legadvisor.memory.LegWorkspaces;
import org.legadvisor.memory.MemoryException;
import org.legadvisor.memory.StoredJson;
import org.legadvisor.memory.draft.Drafts;
import org.legadvisor.memory.web.MemoryProblemHandler;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The LEG's draft answers for the questionnaire page of a round started from the LEG's page: read when the page opens
 * (with the CSRF token its saves then send), saved as the officer types. The page's session and CSRF, the LEG's
 * coordinators only, as the API's {@code /api/legs/{id}/draft} is for HTTP Basic. Refusals are problems in words, in
 * the page's language, for the page to show.
 */
@Hidden
@RestController
class DraftPageController {

	/** What the questionnaire needs to continue and save the draft: the CSRF header and token, the draft if any. */
	record Opened(String legName, String csrfHeader, String csrfToken, Shown draft) {
	}

	/** A draft as the questionnaire shows it: its answers, who saved it and when, in words. */
	record Shown(JsonNode answers, String savedBy, String savedAt) {
	}

	/**
	 * A save, as the questionnaire says it: by whom, at what time (UTC, said so), and, when it replaced someone else's
	 * draft, whose and of when (null otherwise), so that nobody's work is replaced without a word.
	 */
	record Saved(String savedBy, String savedAt, String replacedBy, String replacedAt) {
	}

	private final LegWorkspaces workspaces;

	private final Drafts drafts;

	DraftPageController(LegWorkspaces workspaces, Drafts drafts) {
		this.workspaces = workspaces;
		this.drafts = drafts;
	}

	@GetMapping(path = "/legs/{id}/draft", produces = MediaType.APPLICATION_JSON_VALUE)
	Opened open(@PathVariable long id, Authentication authentication, HttpServletRequest request, Locale locale) {
		Leg leg = workspaces.writable(id, PageCallers.of(authentication));
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Shown draft = drafts.find(id)
			.map(d -> new Shown(StoredJson.tree(d.answers()), d.savedBy(), Dates.when(d.savedAt(), locale)))
			.orElse(null);
		return new Opened(leg.name(), csrf.getHeaderName(), csrf.getToken(), draft);
	}

	@PutMapping(path = "/legs/{id}/draft", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Saved save(@PathVariable long id, InputStream body, Authentication authentication, Locale locale)
			throws IOException {
		workspaces.writable(id, PageCallers.of(authentication));
		Drafts.Saved saved = drafts.save(id, Drafts.checked(body), authentication.getName());
		Drafts.Replaced replaced = saved.replaced();
		boolean someoneElses = replaced != null && !replaced.savedBy().equals(saved.savedBy());
		return new Saved(saved.savedBy(), Dates.time(saved.savedAt(), locale),
				someoneElses ? replaced.savedBy() : null, someoneElses ? Dates.when(replaced.savedAt(), locale) : null);
	}

	/** A refusal as a problem the page shows in words (not the workspace's error page: the caller is a script). */
	@ExceptionHandler(MemoryException.class)
	ResponseEntity<ProblemDetail> refused(MemoryException e) {
		return MemoryProblemHandler.problem(e);
	}

}
