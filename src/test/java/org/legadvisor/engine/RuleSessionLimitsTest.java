package org.legadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.questionnaire.Answer;

/** Sessions under {@link RuleLimits}; the rules here bypass {@code validate}, as a rule that slipped past it would. */
class RuleSessionLimitsTest {

	private static final String HEADER = """
			package org.legadvisor.rules;
			import org.legadvisor.questionnaire.Answer;
			""";

	private static final String ECHO = """
			rule "Echo an answer"
			when
			    $a : Answer( question != "loop" )
			then
			    insert( "seen " + $a.question() );
			end
			""";

	private static final String LOOP = """
			rule "Update its own fact"
			when
			    $a : Answer( question == "loop" )
			then
			    update( $a );
			end
			""";

	@TempDir
	Path rules;

	private RuleBase compile(String drl, RuleLimits limits) throws Exception {
		Files.writeString(rules.resolve("a.drl"), HEADER + drl);
		return new RuleBaseCompiler(limits).compile(rules);
	}

	private static List<Answer> answers(int count) {
		return IntStream.range(0, count).mapToObj(i -> new Answer("q" + i, "yes", null, null, false)).toList();
	}

	@Test
	void aRuleThatMatchesItsOwnConclusionForeverIsStoppedAtTheFiringLimitNamingIt() throws Exception {
		try (RuleBase base = compile(ECHO + LOOP, new RuleLimits(500, Duration.ofMinutes(1)))) {
			List<Answer> facts = List.of(new Answer("loop", "yes", null, null, false), new Answer("q", "x", null, null, false));

			RuleSessionLimitException stopped = catchThrowableOfType(() -> base.run(facts, String.class),
					RuleSessionLimitException.class);

			assertThat(stopped.limit()).isEqualTo(RuleSessionLimitException.Limit.FIRINGS);
			assertThat(stopped.mostFired().get(0).rule()).isEqualTo("Update its own fact");
			assertThat(stopped.mostFired().get(0).times()).isGreaterThan(490);
			assertThat(stopped.getMessage()).startsWith("The rules fired more than 500 times in one assessment, the most "
					+ "allowed (leg-advisor.rules.max-firings), so the assessment was stopped.")
				.contains("the rules that fired most: \"Update its own fact\" (");
		}
	}

	@Test
	void aSessionThatNeedsExactlyTheLimitIsNotStopped() throws Exception {
		try (RuleBase base = compile(ECHO, new RuleLimits(5, Duration.ofMinutes(1)))) {
			assertThat(base.run(answers(5), String.class).results()).hasSize(5);

			assertThatExceptionOfType(RuleSessionLimitException.class).isThrownBy(() -> base.run(answers(6), String.class))
				.withMessageContaining("more than 5 times").withMessageContaining("\"Echo an answer\" (6 times)");
		}
	}

	@Test
	void aSessionThatRunsPastTheTimeLimitIsHaltedAtTheNextFiring() throws Exception {
		String slow = """
				rule "Takes its time"
				when
				    $a : Answer()
				then
				    Thread.sleep(40);
				end
				""";
		try (RuleBase base = compile(slow, new RuleLimits(10_000, Duration.ofMillis(100)))) {
			long start = System.nanoTime();

			RuleSessionLimitException stopped = catchThrowableOfType(() -> base.run(answers(50), Object.class),
					RuleSessionLimitException.class);

			assertThat(stopped.limit()).isEqualTo(RuleSessionLimitException.Limit.TIME);
			assertThat(stopped.getMessage()).startsWith("The rules ran longer than 100 ms in one assessment (")
				.contains("(leg-advisor.rules.session-timeout)", "\"Takes its time\"");
			// Halted at the first firing after 100 ms, not after the 50 firings (2 s) that the session wanted.
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
		}
	}

	@Test
	void aRuleBaseWhoseSessionWasStoppedRunsTheNextSessionsInFull() throws Exception {
		try (RuleBase base = compile(ECHO + LOOP, new RuleLimits(100, Duration.ofMinutes(1)))) {
			for (int i = 0; i < 3; i++) {
				assertThatExceptionOfType(RuleSessionLimitException.class).isThrownBy(() -> base.run(
						List.of(new Answer("loop", "yes", null, null, false)), String.class));
			}

			assertThat(base.run(answers(3), String.class).results()).containsExactlyInAnyOrder("seen q0", "seen q1", "seen q2");
		}
	}

	@Test
	void limitsComeFromTheSettingsAndOtherwiseFromTheDefaults() {
		assertThat(RuleLimits.configured(key -> null)).isEqualTo(RuleLimits.DEFAULT);
		assertThat(RuleLimits.configured(Map.of(RuleLimits.MAX_FIRINGS, "250", RuleLimits.SESSION_TIMEOUT, "2s")::get))
			.isEqualTo(new RuleLimits(250, Duration.ofSeconds(2)));
		assertThat(RuleLimits.configured(Map.of(RuleLimits.SESSION_TIMEOUT, "750")::get).sessionTimeout())
			.isEqualTo(Duration.ofMillis(750));
	}

	@Test
	void aLimitSetToSomethingElseThanAPositiveAmountIsRefusedNamingItsSetting() {
		assertThatExceptionOfType(RuleLimits.InvalidRuleLimitException.class)
			.isThrownBy(() -> RuleLimits.configured(Map.of(RuleLimits.MAX_FIRINGS, "2.5")::get))
			.withMessage("leg-advisor.rules.max-firings (or LEG_ADVISOR_RULES_MAX_FIRINGS) is \"2.5\"; expected a whole "
					+ "number of rule firings above 0, e.g. 10000");
		assertThatExceptionOfType(RuleLimits.InvalidRuleLimitException.class)
			.isThrownBy(() -> RuleLimits.configured(Map.of(RuleLimits.SESSION_TIMEOUT, "0s")::get))
			.withMessageContaining("LEG_ADVISOR_RULES_SESSION_TIMEOUT");
	}

}
