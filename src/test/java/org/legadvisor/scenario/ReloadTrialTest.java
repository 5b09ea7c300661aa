package org.legadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.authoring.check.RuleValidator;
import org.legadvisor.diagnosis.Finding;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleBaseCheck;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.engine.RuleBaseStatus;
import org.legadvisor.engine.RuleBaseStatus.Outcome;
import org.legadvisor.engine.RuleLimits;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * A reload is tried before it is served, through the gate the service uses, on a copy of the shipped rules and their
 * scenarios: an edit that breaks a scenario, reaches a session limit or loses coverage keeps the last good rules.
 */
class ReloadTrialTest {

	private static RuleBaseCheck gate;

	private static Questionnaire questionnaire;

	@TempDir
	Path rules;

	@BeforeAll
	static void theServicesGate() {
		KnowledgeBase knowledge = KnowledgeBase.load(Path.of("knowledge-base"));
		questionnaire = Questionnaire.load(knowledge.questionnaireFile());
		gate = new RuleValidator(knowledge, questionnaire).asReloadGate();
	}

	private LiveRuleBase load(RuleLimits limits) throws Exception {
		try (Stream<Path> files = Files.walk(Path.of("rules"))) {
			for (Path file : files.toList()) {
				Path target = rules.resolve(Path.of("rules").relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		return LiveRuleBase.load(rules, new RuleBaseCompiler(limits), gate);
	}

	private LiveRuleBase load() throws Exception {
		return load(RuleLimits.DEFAULT);
	}

	private void edit(String file, String from, String to) throws IOException {
		Path path = rules.resolve(file);
		String text = Files.readString(path);
		assertThat(text).contains(from);
		Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
	}

	private static List<String> findings(LiveRuleBase live) throws Exception {
		return live.run(new org.legadvisor.questionnaire.AnswerValidator(questionnaire)
			.validate(new AnswersReader().read(Path.of("knowledge-base/examples/donor-chaired-no-tor.json"))).answers(),
				Finding.class).results().stream().map(Finding::id).sorted().toList();
	}

	@Test
	void anEditThatPassesEveryScenarioIsServed() throws Exception {
		try (LiveRuleBase live = load()) {
			String before = live.status().current().contentHash();
			edit("p1-mandate.drl", "then", "then // reviewed");

			RuleBaseStatus status = live.reload();

			assertThat(status.outcome()).isEqualTo(Outcome.OK);
			assertThat(status.current().contentHash()).isNotEqualTo(before);
		}
	}

	@Test
	void aDeletedRuleFileIsRefusedNamingItAndWhatItTookUntilTheLossIsAccepted() throws Exception {
		try (LiveRuleBase live = load()) {
			String before = live.status().current().contentHash();
			int rulesBefore = live.rules().size();
			List<String> findingsBefore = findings(live);
			List<String> removed = java.util.regex.Pattern.compile("@id\\(\"([^\"]+)\"\\)")
				.matcher(Files.readString(rules.resolve("p7-partnership-dynamics.drl"))).results().map(m -> m.group(1)).toList();
			assertThat(removed).isNotEmpty();
			Files.delete(rules.resolve("p7-partnership-dynamics.drl"));

			RuleBaseStatus refused = live.reload();

			assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
			assertThat(refused.degraded()).isTrue();
			assertThat(refused.current().contentHash()).isEqualTo(before);
			assertThat(refused.problems()).extracting(RuleProblem::toString).anySatisfy(p -> assertThat(p)
				.startsWith("p7-partnership-dynamics.drl:0: this rule file is gone since the rules serving now")
				.endsWith("reload accepting the loss (POST /api/rule-base/reload?accept-loss=true)"))
				// Other files conclude every element of principle 7 too, so this deletion loses none: the loss of an
				// element or a principle is CoverageGuardTest's.
				.anySatisfy(p -> assertThat(p).contains("the edit takes the rules from " + rulesBefore + " to "))
				.anySatisfy(p -> assertThat(p).startsWith("scenarios/p7-partnership-dynamics.scenarios.json:0: ")
					.contains("no rule has the finding id P7-"));
			assertThat(live.rules()).hasSize(rulesBefore);
			assertThat(findings(live)).isEqualTo(findingsBefore);
			assertThat(live.reload()).as("refused again, not served on a second try")
				.extracting(RuleBaseStatus::outcome).isEqualTo(Outcome.REFUSED);

			RuleBaseStatus applied = live.reload(true);

			assertThat(applied.outcome()).isEqualTo(Outcome.OK);
			assertThat(applied.current().contentHash()).isNotEqualTo(before);
			assertThat(live.rules().size()).isLessThan(rulesBefore);
			assertThat(live.rules()).extracting(r -> String.valueOf(r.getMetaData().get("id"))).doesNotContainAnyElementsOf(removed);
		}
	}

	@Test
	void anEditThatBreaksItsScenariosIsRefusedNamingTheScenarioEvenAcceptingLosses() throws Exception {
		try (LiveRuleBase live = load()) {
			String before = live.status().current().contentHash();
			// Still valid DRL with a known question; only the scenarios can tell it concludes the wrong thing.
			edit("p1-mandate.drl", "Answer( question == \"tor.exists\", value == \"no\" )",
					"Answer( question == \"tor.exists\", value == \"yes\" )");

			for (boolean acceptLoss : new boolean[] { false, true }) {
				RuleBaseStatus refused = live.reload(acceptLoss);

				assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
				assertThat(refused.current().contentHash()).isEqualTo(before);
				assertThat(refused.problems()).extracting(RuleProblem::toString)
					.anySatisfy(p -> assertThat(p).startsWith("scenarios/p1-mandate.scenarios.json:0: with the edited rules, scenario \"")
						.contains("expected finding P1-no-tor, but it did not appear"))
					.anySatisfy(p -> assertThat(p).startsWith("examples/donor-chaired-no-tor.json:0: "));
			}
		}
	}

	@Test
	void anEditWhoseTrialReachesTheFiringLimitIsRefusedWithTheLimitsMessage() throws Exception {
		// The shipped rules need a few tens of firings per example: with at most 3, every example is stopped.
		try (LiveRuleBase live = load(new RuleLimits(3, Duration.ofSeconds(5)))) {
			edit("p1-mandate.drl", "then", "then // reviewed");

			RuleBaseStatus refused = live.reload();

			assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
			assertThat(refused.problems()).extracting(RuleProblem::message)
				.anySatisfy(m -> assertThat(m).contains("The rules fired more than 3 times in one assessment"));
		}
	}

	@Test
	void aHarmfulThenPartFailsTheChecksBeforeAnyScenarioRuns() throws Exception {
		try (LiveRuleBase live = load()) {
			edit("p1-mandate.drl", "insert( Finding.from(kcontext) );", "System.exit(0);");

			RuleBaseStatus failed = live.reload();

			assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(failed.problems()).extracting(RuleProblem::message)
				.anySatisfy(m -> assertThat(m).contains("a then-part may only conclude", "System"));
		}
	}

}
