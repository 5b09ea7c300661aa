package org.legadvisor.memory.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.legadvisor.memory.LegWorkspaces;
import org.legadvisor.memory.MemoryException;
import org.legadvisor.memory.StoredJson;
import org.legadvisor.memory.draft.Drafts;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A LEG's draft answers on the server, for its coordinators: saved as typed (any JSON object, complete or not, at most
 * 256 KB; checked when the round is saved, not before), read back by a colleague, cleared when a round is saved. The
 * last save wins, and says whose draft it replaced.
 */
@RestController
@SecurityRequirement(name = "basic")
class DraftApiController {

	/** A draft as read back: the answers document as saved, who saved it and when. */
	record Shown(JsonNode answers, String savedBy, Instant savedAt) {
	}

	private final LegWorkspaces workspaces;

	private final Drafts drafts;

	DraftApiController(LegWorkspaces workspaces, Drafts drafts) {
		this.workspaces = workspaces;
		this.drafts = drafts;
	}

	@Operation(summary = "Saves the LEG's draft answers (a JSON object, possibly incomplete, at most 256 KB): the "
			+ "last save wins; the answer says who saved it, when, and whose draft it replaced. Coordinators only")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "the answers document as typed so far",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
	@PutMapping(path = "/api/legs/{id}/draft", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Drafts.Saved save(@PathVariable long id, @Parameter(hidden = true) InputStream body, Authentication caller)
			throws IOException {
		String user = Callers.of(caller).username();
		workspaces.writable(id, Callers.of(caller));
		return drafts.save(id, Drafts.checked(body), user);
	}

	@Operation(summary = "The LEG's draft answers, with who saved them and when; 404 if there is none. Coordinators "
			+ "only")
	@GetMapping(path = "/api/legs/{id}/draft", produces = MediaType.APPLICATION_JSON_VALUE)
	Shown draft(@PathVariable long id, Authentication caller) {
		String legName = workspaces.writable(id, Callers.of(caller)).name();
		Drafts.Draft draft = drafts.find(id).orElseThrow(() -> new MemoryException(MemoryException.Kind.NOT_FOUND,
				"memory.problem.notFound.title", "memory.problem.noDraft", legName));
		return new Shown(StoredJson.tree(draft.answers()), draft.savedBy(), draft.savedAt());
	}

}
