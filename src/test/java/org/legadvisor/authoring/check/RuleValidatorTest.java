package org.legadvisor.authoring.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.authoring.RuleFiles;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.engine.RuleSources;

class RuleValidatorTest {

	private static final int LINE = RuleFiles.FIRST_RULE_LINE;

	private static RuleValidator validator;

	@TempDir
	Path rules;

	@BeforeAll
	static void loadTheShippedKnowledgeBase() {
		validator = RuleValidator.forKnowledgeBase(Path.of("knowledge-base"));
	}

	private Validation validate() throws IOException {
		return withoutMissingBases(validator.validate(RuleSources.read(rules)));
	}

	/**
	 * The validation without the warnings about missing bases: the shipped actions and rules gain their bases on the
	 * content branches, and these tests are about other checks (the basis checks have tests of their own, in
	 * BasisCheckTest). Once every basis is merged and MISSING_BASIS is an error, this filter can go. The test rules'
	 * made-up ids have no title in the shipped findings.json (FindingTitlesCliTest covers that check).
	 */
	static Validation withoutMissingBases(Validation validation) {
		return new Validation(validation.rulesFolder(), validation.rules(), validation.files(), validation.version(),
				validation.issues().stream().filter(i -> i.kind() != IssueKind.MISSING_BASIS && i.kind() != IssueKind.MISSING_TITLE).toList());
	}

	private List<RuleProblem> problemsOf(IssueKind kind) throws IOException {
		return validate().issues().stream().filter(i -> i.kind() == kind).map(RuleIssue::problem).toList();
	}

	@Test
	void findsNoProblemAtAllInTheShippedRules() throws IOException {
		Validation validation = validator.validate(RuleSources.read(Path.of("rules")));

		assertThat(validation.issues()).isEmpty();
		assertThat(validation.rules()).isGreaterThanOrEqualTo(17);
		assertThat(validation.files()).isPositive();
	}

	@Test
	void reportsASyntaxErrorWithItsFileAndLine() throws IOException {
		RuleFiles.write(rules, "broken.drl", RuleFiles.diagnosis("Broken", "B", "Answer( question == \"tor.exists\" value == \"no\" )"));

		List<RuleProblem> problems = problemsOf(IssueKind.SYNTAX);

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.location()).isEqualTo("broken.drl:" + (LINE + 4) + ":38");
			assertThat(p.message()).isEqualTo("unexpected 'value' in rule \"Broken\": look for a missing comma, parenthesis "
					+ "or quote just before it, or a single = where == is meant");
		});
		assertThat(validate().hasErrors()).isTrue();
	}

	@Test
	void saysInPlainWordsThatAFileEndsInsideARule() throws IOException {
		RuleFiles.write(rules, "cut.drl", "rule \"Cut short\"\nwhen\n    Answer( question == \"tor.exists\" )\nthen\n");

		assertThat(problemsOf(IssueKind.SYNTAX)).singleElement()
			.satisfies(p -> assertThat(p.message()).startsWith("the file ends inside rule \"Cut short\""));
	}

	@Test
	void reportsAnUnknownFactTypeAsACompileError() throws IOException {
		RuleFiles.write(rules, "typo.drl", RuleFiles.diagnosis("Typo", "T", "Answr( question == \"tor.exists\" )"));

		assertThat(problemsOf(IssueKind.COMPILE)).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo("typo.drl");
			assertThat(p.line()).isEqualTo(LINE + 4);
			assertThat(p.message()).contains("Answr");
		});
	}

	@Test
	void reportsEachMissingMetadataOfADiagnosisRuleAtTheRule() throws IOException {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("No severity or action", "X", "Answer( question == \"tor.exists\" )")
			.replace("@severity(\"high\") @action(\"A-TOR-DRAFT\")", ""));

		List<RuleProblem> problems = problemsOf(IssueKind.MISSING_METADATA);

		assertThat(problems).extracting(RuleProblem::location).containsOnly("a.drl:" + LINE + ":1");
		assertThat(problems).extracting(RuleProblem::message).satisfiesExactly(
				m -> assertThat(m).contains("\"No severity or action\"").contains("no @severity"),
				m -> assertThat(m).contains("no @action"));
	}

	@Test
	void requiresNoMetadataOnSignalRules() throws IOException {
		RuleFiles.write(rules, "00-signals.drl", """
				rule "A signal rule"
				when
				    Answer( question == "context.setting", value == "crisis" )
				then
				    insertLogical( Signal.from("context.crisis", kcontext) );
				end
				""");

		assertThat(validate().issues()).isEmpty();
	}

	@Test
	void rejectsASeverityOtherThanHighMediumOrLow() throws IOException {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("Urgent", "U", "Answer( question == \"tor.exists\" )")
			.replace("@severity(\"high\")", "@severity(\"urgent\")"));

		assertThat(problemsOf(IssueKind.INVALID_METADATA)).singleElement().satisfies(p -> {
			assertThat(p.location()).isEqualTo("a.drl:" + (LINE + 2) + ":5");
			assertThat(p.message()).contains("urgent").contains("high").contains("medium").contains("low");
		});
	}

	@Test
	void rejectsAnIdUsedTwiceAcrossFilesNamingTheFirst() throws IOException {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("First", "SAME", "Answer( question == \"tor.exists\" )"));
		RuleFiles.write(rules, "b.drl", RuleFiles.diagnosis("Second", "SAME", "Answer( question == \"chair.who\" )"));

		assertThat(problemsOf(IssueKind.DUPLICATE_ID)).singleElement().satisfies(p -> {
			assertThat(p.location()).isEqualTo("b.drl:" + (LINE + 1) + ":5");
			assertThat(p.message()).contains("SAME").contains("\"First\"").contains("a.drl:" + LINE);
		});
	}

	@Test
	void rejectsFrameworkIdsThatDoNotExistPointingAtEachId() throws IOException {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("Unknown ids", "U", "Answer( question == \"tor.exists\" )")
			.replace("@challenge(\"C1\") @principle(\"P1\") @element(\"P1.2\")",
					"@challenge(\"C9\") @principle(\"P1.2\") @element(\"P1.2, P9.9\") @function(\"F7\")"));
		String line = "    @id(\"U\") @challenge(\"C9\") @principle(\"P1.2\") @element(\"P1.2, P9.9\") @function(\"F7\")";

		List<RuleProblem> problems = problemsOf(IssueKind.UNKNOWN_ID);

		assertThat(problems).extracting(RuleProblem::location).containsExactly(
				"a.drl:" + (LINE + 1) + ":" + (line.indexOf("C9") + 1),
				"a.drl:" + (LINE + 1) + ":" + (line.indexOf("P1.2") + 1),
				"a.drl:" + (LINE + 1) + ":" + (line.indexOf("P9.9") + 1),
				"a.drl:" + (LINE + 1) + ":" + (line.indexOf("F7") + 1));
		assertThat(problems.get(0).message())
			.isEqualTo("@challenge: there is no challenge C9 in framework.json (it has C1, C2, C3, C4, C5, C6, C7, C8)");
		assertThat(problems.get(1).message()).contains("P1.2 is an element, named with @element");
	}

	@Test
	void rejectsAnUnknownActionSuggestingTheClosestOne() throws IOException {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("Typo in action", "A", "Answer( question == \"tor.exists\" )")
			.replace("A-TOR-DRAFT", "A-TOR-DRAF"));

		assertThat(problemsOf(IssueKind.UNKNOWN_ACTION)).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(LINE + 2);
			assertThat(p.message()).contains("no action A-TOR-DRAF in actions.json").contains("did you mean \"A-TOR-DRAFT\"");
		});
	}

	@Test
	void rejectsAQuestionThatIsNotInTheQuestionnaire() throws IOException {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("Typo in question", "Q", "Answer( question == \"tor.exist\", value == \"no\" )"));

		assertThat(problemsOf(IssueKind.UNKNOWN_QUESTION)).singleElement().satisfies(p -> {
			assertThat(p.location()).isEqualTo("a.drl:" + (LINE + 4) + ":13");
			assertThat(p.message()).contains("\"tor.exist\"").contains("did you mean \"tor.exists\"");
		});
	}

	@Test
	void rejectsASignalThatNoRuleInsertsOrThatHasNoLabel() throws IOException {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("Reads a missing signal", "S1", "Signal( id == \"context.crisis\" )")
				+ RuleFiles.diagnosis("Reads an unlabelled signal", "S2", "Signal( id == \"my.signal\" )") + """
						rule "Inserts an unlabelled signal"
						when
						    Answer( question == "tor.exists", value == "no" )
						then
						    insertLogical( Signal.from("my.signal", kcontext) );
						end
						""");

		List<RuleProblem> problems = problemsOf(IssueKind.UNKNOWN_SIGNAL);

		assertThat(problems).hasSize(2);
		assertThat(problems.get(0).line()).isEqualTo(LINE + 4);
		assertThat(problems.get(0).message()).contains("\"context.crisis\"").contains("no rule inserts it");
		assertThat(problems.get(1).line()).isEqualTo(LINE + 12);
		assertThat(problems.get(1).message()).contains("\"my.signal\"").contains("signals.json has no label for it");
	}

	@Test
	void warnsAboutAValueTheQuestionCannotTakeWithoutFailing() throws IOException {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("Sometimes", "S", "Answer( question == \"tor.exists\", value == \"sometimes\" )"));

		Validation validation = validate();

		assertThat(validation.hasErrors()).isFalse();
		assertThat(validation.warnings()).singleElement().satisfies(w -> {
			assertThat(w.kind()).isEqualTo(IssueKind.IMPOSSIBLE_VALUE);
			assertThat(w.problem().level()).isEqualTo(RuleProblem.Level.WARNING);
			assertThat(w.problem().location()).isEqualTo("a.drl:" + (LINE + 4) + ":39");
			assertThat(w.problem().message()).contains("\"sometimes\"").contains("yes, partly, no or dont_know")
				.contains("can never fire");
		});
	}

	@Test
	void warnsAboutANumberOutsideTheQuestionsRange() throws IOException {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("Too many", "N", "Answer( question == \"meetings.per_year\", number > 60 )"));

		assertThat(problemsOf(IssueKind.IMPOSSIBLE_VALUE)).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("from 0 to 52").contains("number > 60").contains("can never fire"));
	}

	@Test
	void acceptsValuesTheQuestionCanTake() throws IOException {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("Fine", "F", """
				Answer( question == "tor.exists", value in ("partly", "dont_know") )
				    Answer( question == "tor.covers", choices contains "mandate", value != "dont_know" )
				    Answer( question == "meetings.per_year", number >= 0, number <= 52, value != "dont_know" )"""));

		assertThat(validate().issues()).isEmpty();
	}

	@Test
	void warnsAboutChoicesOnAQuestionThatIsNotMultipleChoiceAndAboutTwoValuesForOneAnswer() throws IOException {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("Confused", "C", """
				Answer( question == "chair.who", choices contains "no_chair" )
				    Answer( question == "tor.exists", value == "no" )
				    Answer( question == "tor.exists", value == "partly" )"""));

		assertThat(problemsOf(IssueKind.IMPOSSIBLE_VALUE)).extracting(RuleProblem::message).satisfiesExactly(
				m -> assertThat(m).contains("only multiple-choice questions have choices"),
				m -> assertThat(m).contains("to be \"no\" and also \"partly\""));
	}

	@Test
	void warnsAboutAQuestionThatTheOtherAnswersMeanIsNeverAsked() throws IOException {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("Never asked", "A", """
				Answer( question == "chair.who", value == "development_partner" )
				    Answer( question == "chair.level", value == "technical_officer" )"""));

		assertThat(problemsOf(IssueKind.NEVER_ASKED)).singleElement().satisfies(p -> {
			assertThat(p.location()).isEqualTo("a.drl:" + (LINE + 5) + ":5");
			assertThat(p.message()).contains("chair.level").contains("only asked when chair.who is ministry_of_education")
				.contains("can never fire");
		});
	}

	@Test
	void warnsAboutTwoRulesWithTheSameConditions() throws IOException {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("Original", "O", "Answer( question == \"tor.exists\", value == \"no\" )"));
		RuleFiles.write(rules, "b.drl", RuleFiles.diagnosis("Copy", "C", "Answer( value==\"no\", question==\"tor.exists\" )"));

		Validation validation = validate();

		assertThat(validation.hasErrors()).isFalse();
		assertThat(validation.warnings()).singleElement().satisfies(w -> {
			assertThat(w.kind()).isEqualTo(IssueKind.DUPLICATE_CONDITIONS);
			assertThat(w.problem().location()).isEqualTo("b.drl:" + LINE + ":1");
			assertThat(w.problem().message()).contains("\"Copy\"").contains("\"Original\" (a.drl:" + LINE + ")");
		});
	}

	@Test
	void checksWithoutCompilingForACallerThatCompilesItself() throws IOException {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("Unknown", "U", "Answer( question == \"nope\" )"));
		RuleFiles.write(rules, "broken.drl", "rule \"Broken\" when Answer( then end");

		List<RuleIssue> issues = validator.check(RuleSources.read(rules));

		assertThat(issues).extracting(RuleIssue::kind).contains(IssueKind.UNKNOWN_QUESTION, IssueKind.SYNTAX);
	}

	@Test
	void returnsPlainRuleProblemsForAFolderAndAKnowledgeBase() throws IOException {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("Unknown", "P1-no-tor", "Answer( question == \"nope\" )"));

		List<RuleProblem> problems = RuleValidator.problems(rules, Path.of("knowledge-base")).stream()
			.filter(p -> p.level() == RuleProblem.Level.ERROR).toList();

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.level()).isEqualTo(RuleProblem.Level.ERROR);
			assertThat(p.toString()).startsWith("a.drl:" + (LINE + 4) + ":13: ");
		});
	}

}
