package org.legadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.questionnaire.Answer;

class RuleBaseTest {

	private static final String RULE = """
			package org.legadvisor.rules;
			import org.legadvisor.questionnaire.Answer;
			rule "Echo an answer"
			when
			    $a : Answer( question == "q" )
			then
			    insert( "seen " + $a.value() );
			end
			""";

	private static final Answer ANSWER = new Answer("q", "yes", null, null, false);

	@TempDir
	Path rules;

	@Test
	void aRetiredRuleBaseWithoutSessionsIsReleasedAndRefusesNewOnes() throws Exception {
		Files.writeString(rules.resolve("a.drl"), RULE);
		RuleBase base = new RuleBaseCompiler().compile(rules);

		base.retire();

		assertThat(base.isClosed()).isTrue();
		assertThat(base.tryRun(List.of(ANSWER), String.class)).isEmpty();
		assertThatIllegalStateException().isThrownBy(() -> base.run(List.of(ANSWER), String.class))
			.withMessageContaining("released");
	}

	@Test
	void aRuleBaseThatIsNotRetiredStaysOpenAcrossRuns() throws Exception {
		Files.writeString(rules.resolve("a.drl"), RULE);
		try (RuleBase base = new RuleBaseCompiler().compile(rules)) {
			base.run(List.of(ANSWER), String.class);

			assertThat(base.run(List.of(ANSWER), String.class).results()).containsExactly("seen yes");
			assertThat(base.isClosed()).isFalse();
		}
	}

}
