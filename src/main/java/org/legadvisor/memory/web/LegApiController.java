package org.legadvisor.memory.web;

import org.legadvisor.memory.Membership;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.legadvisor.memory.Leg;
import org.legadvisor.memory.LegRole;
import org.legadvisor.memory.LegWorkspaces;
import org.legadvisor.memory.progress.Progress;
import org.legadvisor.memory.progress.ProgressTracker;
import org.legadvisor.memory.Round;
import org.legadvisor.memory.Rounds;
import org.legadvisor.memory.StoredJson;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.web.http.AnswersBody;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * LEG workspaces, their rounds and their progress. Every request needs an account (HTTP Basic); a LEG's data is
 * open to administrators and to its members only.
 */
@RestController
@SecurityRequirement(name = "basic")
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
		description = "An account of the service: the administrator, or one an administrator created")
class LegApiController {

	/** What a LEG is created with; only the name is required. */
	record NewLeg(String name, String country, String language) {
	}

	record Created(long id) {
	}

	/** A round in a list: when and by whom, the versions it was assessed with, and what it found. */
	record RoundSummary(long id, Instant enteredAt, String enteredBy, String ruleBaseVersion,
			String questionnaireVersion, int findings, int actions) {
	}

	record Membership(LegRole role) {
	}

	private final LegWorkspaces workspaces;

	private final Rounds rounds;

	private final ProgressTracker progress;

	private final AnswersBody answers;

	private final ObjectMapper json;

	LegApiController(LegWorkspaces workspaces, Rounds rounds, ProgressTracker progress, AnswersBody answers,
			ObjectMapper json) {
		this.json = json;
		this.workspaces = workspaces;
		this.rounds = rounds;
		this.progress = progress;
		this.answers = answers;
	}

	@Operation(summary = "Creates a LEG's workspace; whoever creates it coordinates it")
	@PostMapping(path = "/api/legs", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Created> create(@RequestBody NewLeg leg, Authentication caller) {
		Leg created = workspaces.create(leg.name(), leg.country(), leg.language(), Callers.of(caller));
		return ResponseEntity.created(URI.create("/api/legs/" + created.id())).body(new Created(created.id()));
	}

	@Operation(summary = "The LEGs the caller may see: every LEG for an administrator, else those it is a member of")
	@GetMapping(path = "/api/legs", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Leg> legs(Authentication caller) {
		return workspaces.visibleTo(Callers.of(caller));
	}

	@Operation(summary = "One LEG")
	@GetMapping(path = "/api/legs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Leg leg(@PathVariable long id, Authentication caller) {
		return workspaces.readable(id, Callers.of(caller));
	}

	@Operation(summary = "Gives a stored account a role in the LEG (coordinator or viewer): administrators and the "
			+ "LEG's coordinators")
	@PutMapping(path = "/api/legs/{id}/members/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> member(@PathVariable long id, @PathVariable String username,
			@RequestBody Membership membership, Authentication caller) {
		workspaces.grant(id, username, membership.role(), Callers.of(caller));
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Assesses an answers document (validated exactly as for POST /api/assessments) and keeps it "
			+ "as a round of the LEG: 201 with the round's id and the report")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = AnswersDocument.class)))
	@PostMapping(path = "/api/legs/{id}/rounds", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<JsonNode> enter(@PathVariable long id, @Parameter(hidden = true) InputStream body,
			Authentication caller) throws IOException, InvalidAnswersException {
		Round round = rounds.enter(id, answers.read(body), Callers.of(caller));
		ObjectNode created = json.createObjectNode();
		created.put("id", round.id());
		created.set("report", StoredJson.tree(round.report()));
		return ResponseEntity.created(URI.create("/api/legs/" + id + "/rounds/" + round.id())).body(created);
	}

	@Operation(summary = "The LEG's rounds, oldest first")
	@GetMapping(path = "/api/legs/{id}/rounds", produces = MediaType.APPLICATION_JSON_VALUE)
	List<RoundSummary> rounds(@PathVariable long id, Authentication caller) {
		return rounds.of(id, Callers.of(caller)).stream().map(LegApiController::summary).toList();
	}

	@Operation(summary = "One round: its answers document and its report, as they were")
	@GetMapping(path = "/api/legs/{id}/rounds/{roundId}", produces = MediaType.APPLICATION_JSON_VALUE)
	JsonNode round(@PathVariable long id, @PathVariable long roundId, Authentication caller) {
		Round round = rounds.one(id, roundId, Callers.of(caller));
		ObjectNode shown = json.valueToTree(summary(round));
		shown.set("answers", StoredJson.tree(round.answers()));
		shown.set("report", StoredJson.tree(round.report()));
		return shown;
	}

	@Operation(summary = "What changed between two rounds (by default the last two): each principle's score and "
			+ "level, the findings resolved, new and persisting, the answers changed")
	@GetMapping(path = "/api/legs/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	Progress progress(@PathVariable long id,
			@Parameter(description = "the earlier round's id") @RequestParam(required = false) Long from,
			@Parameter(description = "the later round's id") @RequestParam(required = false) Long to,
			Authentication caller) {
		return progress.between(id, from, to, Callers.of(caller));
	}

	private static RoundSummary summary(Round round) {
		JsonNode report = StoredJson.tree(round.report());
		return new RoundSummary(round.id(), round.enteredAt(), round.enteredBy(), round.ruleBaseVersion(),
				round.questionnaireVersion(), report.path("findings").size(), report.path("actions").size());
	}

}
