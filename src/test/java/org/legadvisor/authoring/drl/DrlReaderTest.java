package org.legadvisor.authoring.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.authoring.RuleFiles;
import org.legadvisor.authoring.drl.AuthoredRule.Role;
import org.legadvisor.authoring.drl.Comparison.Field;
import org.legadvisor.authoring.drl.Comparison.Operator;
import org.legadvisor.engine.RuleSources;

class DrlReaderTest {

	@TempDir
	Path rules;

	private final DrlReader reader = new DrlReader();

	@Test
	void readsEveryShippedRuleWithItsFileLineNameAndRole() throws Exception {
		RuleModel model = reader.read(RuleSources.read(Path.of("rules")));

		assertThat(model.syntaxErrors()).isEmpty();
		assertThat(model.withRole(Role.SIGNAL)).isNotEmpty().allSatisfy(r -> assertThat(r.file()).isEqualTo("00-signals.drl"));
		assertThat(model.withRole(Role.OTHER)).isEmpty();
		AuthoredRule noTor = model.rules().stream().filter(r -> r.label().equals("P1-no-tor")).findFirst().orElseThrow();
		assertThat(noTor.location()).isEqualTo("p1-mandate.drl:" + lineOf(Path.of("rules/p1-mandate.drl"),
				"rule \"Without written terms of reference the mandate is not agreed\""));
		assertThat(noTor.name()).isEqualTo("Without written terms of reference the mandate is not agreed");
		assertThat(noTor.role()).isEqualTo(Role.DIAGNOSIS);
		assertThat(noTor.ids("element")).containsExactly("P1.2", "P3.3");
		assertThat(noTor.questionsRead()).containsExactly("tor.exists");
	}

	@Test
	void placesEachMetadataIdWhereItStands() throws Exception {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("A rule", "X-1", "Answer( question == \"tor.exists\" )")
			.replace("@element(\"P1.2\")", "@element(\"P1.2,  P3.3\")"));

		AuthoredRule rule = reader.read(RuleSources.read(rules)).rules().get(0);

		int line = RuleFiles.FIRST_RULE_LINE + 1;
		String text = "    @id(\"X-1\") @challenge(\"C1\") @principle(\"P1\") @element(\"P1.2,  P3.3\")";
		assertThat(rule.metadata("element").orElseThrow().items()).containsExactly(
				new Located("P1.2", new Position(line, text.indexOf("P1.2") + 1)),
				new Located("P3.3", new Position(line, text.indexOf("P3.3") + 1)));
		assertThat(rule.metadata().stream().map(MetadataEntry::key))
			.containsExactly("id", "challenge", "principle", "element", "severity", "action", "basis");
	}

	@Test
	void readsQuestionsValuesAndSignalsFromTheConditionsAndTheSignalsInserted() throws Exception {
		RuleFiles.write(rules, "a.drl", """
				rule "Reads many things"
				when
				    $a : Answer( question == "tor.covers", choices contains "mandate", !(choices contains "monitoring") )
				    Answer( "meetings.per_year" == question, 2 <= number, number < 4 )
				    Answer( question == "chair.who", value in ("coordinating_agency", "development_partner") )
				    not Signal( id == "context.crisis" )
				    Answer( question == "members.cso", $n : number, number < $n * 0.15 )
				then
				    insertLogical( Signal.from("my.signal", kcontext) );
				end
				""");

		AuthoredRule rule = reader.read(RuleSources.read(rules)).rules().get(0);

		assertThat(rule.role()).isEqualTo(Role.SIGNAL);
		assertThat(rule.questionsRead()).containsExactly("tor.covers", "meetings.per_year", "chair.who", "members.cso");
		assertThat(rule.signalsRead()).containsExactly("context.crisis");
		assertThat(rule.insertedSignals()).extracting(Located::text).containsExactly("my.signal");
		assertThat(rule.insertedSignals().get(0).at().line()).isEqualTo(RuleFiles.FIRST_RULE_LINE + 8);
		List<FactPattern> patterns = rule.patterns();
		assertThat(patterns.get(0).tests()).extracting(Comparison::operator, Comparison::literals)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Operator.CONTAINS, List.of("mandate")),
					org.assertj.core.groups.Tuple.tuple(Operator.NOT_CONTAINS, List.of("monitoring")));
		assertThat(patterns.get(1).tests()).extracting(Comparison::expression).containsExactly("number >= 2", "number < 4");
		assertThat(patterns.get(2).tests()).singleElement()
			.satisfies(c -> assertThat(c.expression()).isEqualTo("value in (\"coordinating_agency\", \"development_partner\")"));
		assertThat(patterns.get(3).negated()).isTrue();
		assertThat(patterns.get(3).isSignal()).isTrue();
		// Arithmetic is not a literal to check; it is kept verbatim for readers.
		assertThat(patterns.get(4).tests()).isEmpty();
		assertThat(patterns.get(4).otherConstraints()).containsExactly("number < $n * 0.15");
	}

	@Test
	void marksTheBranchesOfAnOrAsAlternativesAndOneSideOfAnOrOperatorAsUncertain() throws Exception {
		RuleFiles.write(rules, "a.drl", """
				rule "Either"
				when
				    Answer( question == "tor.exists", value == "no" ) or Answer( question == "tor.exists", value == "partly" )
				    Answer( question == "chair.who", value == "no_chair" || value == "development_partner" )
				then
				    insert( Finding.from(kcontext) );
				end
				""");

		List<FactPattern> patterns = reader.read(RuleSources.read(rules)).rules().get(0).patterns();

		assertThat(patterns.get(0).alternative()).isTrue();
		assertThat(patterns.get(1).alternative()).isTrue();
		assertThat(patterns.get(2).required()).isTrue();
		assertThat(patterns.get(2).tests()).hasSize(2).allSatisfy(c -> assertThat(c.certain()).isFalse());
	}

	@Test
	void placesAComparisonAtItsFieldInTheFile() throws Exception {
		RuleFiles.write(rules, "a.drl", """
				rule "Placed"
				when
				    Answer( question == "tor.exists",
				            value == "no" )
				then
				end
				""");

		FactPattern pattern = reader.read(RuleSources.read(rules)).rules().get(0).patterns().get(0);

		assertThat(pattern.at()).isEqualTo(new Position(RuleFiles.FIRST_RULE_LINE + 2, 5));
		assertThat(pattern.questionSelectors().get(0).at()).isEqualTo(new Position(RuleFiles.FIRST_RULE_LINE + 2, 13));
		assertThat(pattern.tests().get(0).at()).isEqualTo(new Position(RuleFiles.FIRST_RULE_LINE + 3, 13));
	}

	@Test
	void givesTheSameConditionKeyToRulesThatDifferOnlyInSpacingOrderAndBindings() throws Exception {
		RuleFiles.write(rules, "a.drl", """
				rule "One"
				when
				    Answer( question == "tor.exists", value == "no" )
				    Signal( id == "context.crisis" )
				then
				end

				rule "Two"
				when
				    Signal(id=="context.crisis")
				    $a : Answer( value == "no",   question == "tor.exists" )
				then
				end

				rule "Three"
				when
				    Answer( question == "tor.exists", value == "partly" )
				    Signal( id == "context.crisis" )
				then
				end
				""");

		List<AuthoredRule> read = reader.read(RuleSources.read(rules)).rules();

		assertThat(read.get(0).conditionKey()).isEqualTo(read.get(1).conditionKey()).isNotEqualTo(read.get(2).conditionKey());
	}

	@Test
	void reportsAFileThatDoesNotParseWithItsLineAndKeepsTheOtherFiles() throws Exception {
		RuleFiles.write(rules, "good.drl", RuleFiles.diagnosis("Good", "G", "Answer( question == \"tor.exists\" )"));
		RuleFiles.write(rules, "broken.drl", """
				rule "Broken"
				when
				    Answer( question == "tor.exists" value == "no" )
				then
				end
				""");

		RuleModel model = reader.read(RuleSources.read(rules));

		assertThat(model.rules()).extracting(AuthoredRule::name).containsExactly("Good");
		assertThat(model.syntaxErrors()).isNotEmpty().allSatisfy(p -> {
			assertThat(p.file()).isEqualTo("broken.drl");
			assertThat(p.line()).isEqualTo(RuleFiles.FIRST_RULE_LINE + 2);
		});
		assertThat(model.brokenFiles()).containsExactly("broken.drl");
	}

	@Test
	void readsCommaListsAndFieldKinds() throws Exception {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("Listed", "L", "Answer( question == \"tor.exists\" )")
			.replace("@action(\"A-TOR-DRAFT\")", "@action(\"A-TOR-DRAFT, A-TOR-ADOPT\") @function(\"F2\")"));

		AuthoredRule rule = reader.read(RuleSources.read(rules)).rules().get(0);

		assertThat(rule.ids("action")).containsExactly("A-TOR-DRAFT", "A-TOR-ADOPT");
		assertThat(rule.ids("function")).containsExactly("F2");
		assertThat(rule.patterns().get(0).questionSelectors()).singleElement()
			.satisfies(c -> assertThat(c.field()).isEqualTo(Field.QUESTION));
	}

	private static int lineOf(Path file, String text) throws java.io.IOException {
		java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " not in " + file);
	}

}
