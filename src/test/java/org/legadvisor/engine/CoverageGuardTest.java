package org.legadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.engine.RuleBaseStatus.Outcome;

class CoverageGuardTest {

	@TempDir
	Path rules;

	private void writeRules(int count) throws Exception {
		Files.writeString(rules.resolve("a.drl"), """
				package org.legadvisor.rules;
				import org.legadvisor.questionnaire.Answer;
				""" + IntStream.rangeClosed(1, count).mapToObj(i -> """
				rule "Rule %1$d"
				    @principle("P%2$d")
				when
				    Answer( question == "q%1$d" )
				then
				    insert( "r%1$d" );
				end
				""".formatted(i, i <= 2 ? i : 3)).collect(Collectors.joining()));
	}

	private LiveRuleBase load(CoverageGuard guard) throws Exception {
		return LiveRuleBase.load(rules, new RuleBaseCompiler(), RuleBaseCheck.NONE, guard);
	}

	@Test
	void anEditThatDropsMoreThanTheShareOfRulesIsRefusedUntilTheLossIsAccepted() throws Exception {
		writeRules(20);
		try (LiveRuleBase live = load(CoverageGuard.DEFAULT)) {
			String before = live.status().current().contentHash();
			writeRules(18);

			RuleBaseStatus refused = live.reload();

			assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
			assertThat(refused.current().contentHash()).isEqualTo(before);
			assertThat(refused.problems()).singleElement().extracting(RuleProblem::message).asString()
				.startsWith("the edit takes the rules from 20 to 18 (10% fewer), more than the 5% a reload may drop "
						+ "(leg-advisor.rules.max-rule-drop); to apply this removal deliberately");
			assertThat(live.rules()).hasSize(20);

			RuleBaseStatus applied = live.reload(true);

			assertThat(applied.outcome()).isEqualTo(Outcome.OK);
			assertThat(live.rules()).hasSize(18);
		}
	}

	@Test
	void anEditWithinTheShareIsServed() throws Exception {
		writeRules(20);
		try (LiveRuleBase live = load(CoverageGuard.DEFAULT)) {
			writeRules(19);

			assertThat(live.reload().outcome()).isEqualTo(Outcome.OK);
			assertThat(live.rules()).hasSize(19);
		}
	}

	@Test
	void theShareIsConfigurable() throws Exception {
		writeRules(20);
		try (LiveRuleBase live = load(new CoverageGuard(0.2))) {
			writeRules(16);

			assertThat(live.reload().outcome()).isEqualTo(Outcome.OK);
		}
	}

	@Test
	void losingTheLastRuleOfAPrincipleOrAFileIsRefusedWhateverTheShare() throws Exception {
		writeRules(20);
		Files.writeString(rules.resolve("b.drl"), "package org.legadvisor.rules;\n");
		try (LiveRuleBase live = load(new CoverageGuard(1))) {
			Files.writeString(rules.resolve("a.drl"), Files.readString(rules.resolve("a.drl"))
				.replace("@principle(\"P2\")", "@principle(\"P3\")"));
			Files.delete(rules.resolve("b.drl"));

			RuleBaseStatus refused = live.reload();

			assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
			assertThat(refused.problems()).extracting(RuleProblem::toString).satisfiesExactly(
					p -> assertThat(p).startsWith("b.drl:0: this rule file is gone since the rules serving now;"),
					p -> assertThat(p).startsWith(":0: no rule concludes the principle P2 any more;"));
		}
	}

}
