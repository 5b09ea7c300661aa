package org.legadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseCompilerTest {

	private static final String HEADER = """
			package org.legadvisor.rules;
			import org.legadvisor.questionnaire.Answer;
			""";

	private static final String RULE = HEADER + """
			rule "Echo an answer"
			when
			    $a : Answer( question == "q" )
			then
			    insert( "seen " + $a.value() );
			end
			""";

	@TempDir
	Path rules;

	private final RuleBaseCompiler compiler = new RuleBaseCompiler();

	@Test
	void compilesEveryDrlFileOfTheFolderIncludingSubfolders() throws Exception {
		Files.writeString(rules.resolve("a.drl"), RULE);
		Files.createDirectories(rules.resolve("more"));
		Files.writeString(rules.resolve("more/b.drl"), RULE.replace("Echo an answer", "Echo it again"));

		try (RuleBase base = compiler.compile(rules)) {
			assertThat(base.rules()).extracting(r -> r.getName()).containsExactly("Echo an answer", "Echo it again");
		}
	}

	@Test
	void runsEachSessionFreshAndRecordsWhichRuleFiredOnWhichFacts() throws Exception {
		Files.writeString(rules.resolve("a.drl"), RULE);
		var answer = new org.legadvisor.questionnaire.Answer("q", "yes", null, null, false);

		try (RuleBase base = compiler.compile(rules)) {
			RuleRun<String> first = base.run(List.of(answer), String.class);
			RuleRun<String> second = base.run(List.of(), String.class);

			assertThat(first.results()).containsExactly("seen yes");
			assertThat(first.firings()).containsExactly(new Firing("Echo an answer", List.of(answer)));
			assertThat(second.results()).isEmpty();
		}
	}

	@Test
	void reportsSyntaxErrorWithFileAndLine() throws Exception {
		Files.writeString(rules.resolve("good.drl"), RULE);
		Files.writeString(rules.resolve("broken.drl"), HEADER + """
				rule "Missing its end"
				when
				    Answer( question == "q" value == "x" )
				then
				end
				""");

		RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class, () -> compiler.compile(rules));

		assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("broken.drl"));
		assertThat(e.problems().get(0).line()).isEqualTo(5);
		assertThat(e.problems().get(0).toString()).startsWith("broken.drl:5");
	}

	@Test
	void reportsUnknownFactTypeWithFileAndLine() throws Exception {
		Files.writeString(rules.resolve("typo.drl"), HEADER + """
				rule "Reads a type that does not exist"
				when
				    Answr( question == "q" )
				then
				end
				""");

		RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class, () -> compiler.compile(rules));

		assertThat(e.problems()).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo("typo.drl");
			assertThat(p.line()).isEqualTo(5);
			assertThat(p.message()).contains("Answr");
		});
	}

	@Test
	void refusesAFolderWithoutRules() {
		RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class, () -> compiler.compile(rules));

		assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("no .drl files"));
	}

	@Test
	void versionChangesWithTheContentOfAnyRuleFile() throws Exception {
		Files.writeString(rules.resolve("a.drl"), RULE);
		String before = RuleSources.read(rules).contentHash();
		Files.writeString(rules.resolve("a.drl"), RULE.replace("seen ", "saw "));

		assertThat(RuleSources.read(rules).contentHash()).isNotEqualTo(before).hasSize(12);
	}

}
