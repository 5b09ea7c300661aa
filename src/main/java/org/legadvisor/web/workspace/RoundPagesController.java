package org.legadvisor.web.workspace;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.legadvisor.assessment.Advisor;
import org.legadvisor.assessment.Assessment;
import org.legadvisor.language.Language;
import org.legadvisor.language.Translator;
import org.legadvisor.memory.Caller;
import org.legadvisor.memory.Leg;
import org.legadvisor.memory.LegWorkspaces;
import org.legadvisor.memory.Round;
import org.legadvisor.memory.Rounds;
import org.legadvisor.memory.progress.ProgressTracker;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.report.Report;
import org.legadvisor.report.ReportBuilder;
import org.legadvisor.report.html.HtmlReport;
import org.legadvisor.web.http.AnswersBody;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A LEG's rounds in the browser: the report page saves its answers as a round (through the same {@link Rounds} as the
 * API), and a stored round shows as the report, in the reader's language, with what changed since the LEG's previous
 * round.
 */
@Controller
class RoundPagesController {

	static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private final LegWorkspaces workspaces;

	private final Rounds rounds;

	private final ProgressTracker progress;

	private final StoredRounds stored;

	private final AnswersBody answers;

	private final Advisor advisor;

	private final Translator translator;

	private final HtmlReport html = new HtmlReport();

	private final Map<Language, ReportBuilder> builders = new java.util.concurrent.ConcurrentHashMap<>();

	RoundPagesController(LegWorkspaces workspaces, Rounds rounds, ProgressTracker progress, StoredRounds stored,
			AnswersBody answers, Advisor advisor, Translator translator) {
		this.workspaces = workspaces;
		this.rounds = rounds;
		this.progress = progress;
		this.stored = stored;
		this.answers = answers;
		this.advisor = advisor;
		this.translator = translator;
	}

	@PostMapping("/legs/{id}/rounds")
	String save(@PathVariable long id, @RequestParam("answers") String json, Authentication authentication,
			HttpSession session) throws IOException, InvalidAnswersException {
		Round round = rounds.enter(id, answers.read(json), PageCallers.of(authentication));
		session.removeAttribute(LegPagesController.NEW_ROUND_FOR);
		return "redirect:/legs/" + id + "/rounds/" + round.id();
	}

	@GetMapping("/legs/{id}/rounds/{roundId}")
	ResponseEntity<String> round(@PathVariable long id, @PathVariable long roundId, Authentication authentication,
			Locale locale) throws IOException, InvalidAnswersException {
		Caller caller = PageCallers.of(authentication);
		Leg leg = workspaces.readable(id, caller);
		List<Round> all = rounds.of(id, caller);
		Round round = rounds.one(id, roundId, caller);
		int index = all.indexOf(round);
		Map<String, Object> additions = new HashMap<>();
		additions.put("workspace", new WorkspaceBar(leg.name(), "/legs/" + id, null, null, null, null));
		if (index > 0) {
			Round previous = all.get(index - 1);
			List<StoredRounds.RoundRow> rows = stored.rows(all, locale);
			additions.put("sinceLast", ProgressView.of(progress.between(id, previous.id(), round.id(), caller),
					rows.get(index - 1), rows.get(index), stored.texts(locale)));
			additions.put("progressHref", "/legs/" + id + "/progress?from=" + previous.id() + "&to=" + round.id());
		}
		AnswersDocument document = answers.read(round.answers());
		Language language = translator.languages().find(locale.getLanguage()).orElse(Language.ENGLISH);
		Assessment assessment = advisor.assess(document);
		RulesSinceSaved changed = RulesSinceSaved.of(round, assessment.findings(), stored.texts(locale));
		if (!changed.none()) {
			additions.put("rulesSinceSaved", changed);
		}
		Report report = builders.computeIfAbsent(language, l -> new ReportBuilder(translator.in(l))).build(assessment);
		return ResponseEntity.ok().contentType(HTML).body(html.render(report, round.answers(), additions));
	}

}
