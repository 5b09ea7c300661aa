package org.legadvisor.authoring.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.legadvisor.authoring.RuleFiles;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.engine.RuleSources;

class ThenPartCheckTest {

	/** The line of the then-part's statement in a rule written by {@link RuleFiles#diagnosis}. */
	private static final int THEN_LINE = RuleFiles.FIRST_RULE_LINE + 6;

	private static RuleValidator validator;

	@TempDir
	Path rules;

	@BeforeAll
	static void loadTheShippedKnowledgeBase() {
		validator = RuleValidator.forKnowledgeBase(Path.of("knowledge-base"));
	}

	private List<RuleProblem> unsafe() throws IOException {
		return validator.validate(RuleSources.read(rules)).issues().stream()
			.filter(i -> i.kind() == IssueKind.UNSAFE_CODE).map(RuleIssue::problem).toList();
	}

	private static String diagnosisThen(String thenPart) {
		return RuleFiles.diagnosis("Harmful", "H-1", "$a : Answer( question == \"tor.exists\", value == \"no\" )")
			.replace("insert( Finding.from(kcontext) );", thenPart);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			update($a);                                       | changes or removes a fact with update
			insert( Finding.from(kcontext) ); update($a);     | changes or removes a fact with update
			retract($a);                                      | changes or removes a fact with retract
			modify($a) { };                                   | changes or removes a fact with modify
			while (true) {}                                   | loops (while)
			for (;;) {}                                       | loops (for)
			System.exit(0);                                   | reaches outside the rules with System
			java.lang.Runtime.getRuntime().halt(0);           | reaches outside the rules with Runtime
			new java.io.File("/tmp/x").delete();              | reads or writes outside the rules (io)
			insert( new java.io.File("/tmp/x") );             | reads or writes outside the rules (io)
			insert( Finding.from(kcontext) ); insert( Finding.from(kcontext) ); | concludes 2 times
			drools.halt();                                    | uses the rule engine directly (drools)
			""")
	void refusesAThenPartThatDoesMoreThanConcludeNamingFileAndLine(String thenPart, String doing) throws IOException {
		RuleFiles.write(rules, "harmful.drl", diagnosisThen(thenPart));

		assertThat(unsafe()).singleElement().satisfies(p -> {
			assertThat(p.level()).isEqualTo(RuleProblem.Level.ERROR);
			assertThat(p.file()).isEqualTo("harmful.drl");
			assertThat(p.line()).isEqualTo(THEN_LINE);
			assertThat(p.message()).contains("rule \"Harmful\"", doing)
				.contains("write only insert( Finding.from(kcontext) ); in a rule that concludes a finding");
		});
	}

	@Test
	void placesTheRefusalOnTheLineOfTheHarmfulStatement() throws IOException {
		RuleFiles.write(rules, "harmful.drl", diagnosisThen("""
				insert( Finding.from(kcontext) );
				    // a comment
				    while (true) {
				    }"""));

		assertThat(unsafe()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(THEN_LINE + 2);
			assertThat(p.column()).isEqualTo(5);
			assertThat(p.message()).contains("loops (while)");
		});
	}

	@Test
	void refusesASystemExitHiddenInAStringConcatenationButNotAWordInASignalId() throws IOException {
		RuleFiles.write(rules, "signals.drl", """
				rule "Exits"
				when
				    Answer( question == "tor.exists" )
				then
				    insertLogical( Signal.from("x" + System.exit(0), kcontext) );
				end

				rule "A signal whose id holds words the check looks for"
				when
				    Answer( question == "tor.exists" )
				then
				    insertLogical( Signal.from("system.update-while-new", kcontext) );
				end
				""");

		assertThat(unsafe()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(RuleFiles.FIRST_RULE_LINE + 4);
			assertThat(p.message()).contains("rule \"Exits\"", "System");
		});
	}

	@Test
	void acceptsTheTwoConclusionsWhateverTheirSpacingAndComments() throws IOException {
		RuleFiles.write(rules, "fine.drl", diagnosisThen("insert(Finding.from( kcontext ));   // concludes\n    /* nothing else */")
				+ """

				rule "A signal"
				when
				    Answer( question == "tor.exists" )
				then
				    insertLogical(
				        Signal.from( "tor.missing", kcontext ) );
				end
				""");

		assertThat(unsafe()).isEmpty();
	}

	@Test
	void refusesAnEmptyThenPartAndAFunction() throws IOException {
		RuleFiles.write(rules, "odd.drl", """
				function void spin() { while (true) {} }

				rule "Concludes nothing"
				when
				    Answer( question == "tor.exists" )
				then
				end
				""");

		assertThat(unsafe()).extracting(RuleProblem::line, RuleProblem::message).satisfiesExactly(
				line -> assertThat(line.toList()).containsExactly(RuleFiles.FIRST_RULE_LINE,
						"function spin is Java code that a condition could call, and rule files may not declare functions: "
								+ "compare answers and signals in the conditions instead"),
				line -> assertThat(line.toList().get(1).toString()).contains("\"Concludes nothing\"", "concludes nothing"));
	}

}
