package org.legadvisor.authoring.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.authoring.RuleFiles;
import org.legadvisor.authoring.TinyKnowledgeBase;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.engine.RuleSources;

/** Every finding and every action says where it rests: a passage of the paper, or common practice with a reason. */
class BasisCheckTest {

	private static final String TINY_BASIS = "@basis(\"Part III, principle 1, element 2\")";

	@TempDir
	Path dir;

	private List<RuleIssue> issues(String metadata) throws IOException {
		Path knowledgeBase = TinyKnowledgeBase.write(dir.resolve("kb"));
		return issues(knowledgeBase, metadata);
	}

	private List<RuleIssue> issues(Path knowledgeBase, String metadata) throws IOException {
		Path rules = TinyKnowledgeBase.rules(dir.resolve("rules"), metadata);
		return RuleValidator.forKnowledgeBase(knowledgeBase).check(RuleSources.read(rules));
	}

	private static List<RuleIssue> of(List<RuleIssue> issues, IssueKind kind) {
		return issues.stream().filter(i -> i.kind() == kind).toList();
	}

	/** The tiny knowledge base with its one action's "basis" line replaced by these lines. */
	private Path knowledgeBaseWithActionLines(String lines) throws IOException {
		Path knowledgeBase = TinyKnowledgeBase.write(dir.resolve("kb"));
		Path actions = knowledgeBase.resolve("actions.json");
		Files.writeString(actions, Files.readString(actions)
			.replace("\"basis\": \"Part III, principle 1, element 2\"", lines));
		return knowledgeBase;
	}

	/** The tiny knowledge base with the reason of a practice for the tiny rule's finding in findings.json. */
	private Path knowledgeBaseWithPracticeReason() throws IOException {
		Path knowledgeBase = TinyKnowledgeBase.write(dir.resolve("kb"));
		Path findings = knowledgeBase.resolve("findings.json");
		Files.writeString(findings, Files.readString(findings).replace(
				"\"title\": \"Without terms of reference the mandate is unclear\"",
				"\"title\": \"Without terms of reference the mandate is unclear\", "
						+ "\"practice\": \"a calendar agreed a year ahead is what most LEGs use\""));
		return knowledgeBase;
	}

	@Test
	void acceptsAReferenceToThePaperOrAPracticeWithItsReasonInFindingsJson() throws IOException {
		assertThat(issues(TinyKnowledgeBase.COVERING)).isEmpty();
		assertThat(issues(knowledgeBaseWithPracticeReason(),
				TinyKnowledgeBase.COVERING.replace(TINY_BASIS, "@basis(\"practice\")"))).isEmpty();
	}

	@Test
	void refusesAPracticeWithoutItsReasonInFindingsJsonNamingTheFinding() throws IOException {
		List<RuleIssue> issues = issues(TinyKnowledgeBase.COVERING.replace(TINY_BASIS, "@basis(\"practice\")"));

		assertThat(of(issues, IssueKind.MISSING_TITLE)).singleElement().satisfies(issue -> {
			assertThat(issue.isError()).isTrue();
			assertThat(issue.problem().message()).contains("rests on common practice")
				.contains("P1-no-tor has no reason for it in").contains("findings.json")
				.contains("add \"practice\": \"<one-line reason>\" to \"P1-no-tor\"");
		});
	}

	@Test
	void refusesAPracticeReasonWrittenInTheRuleWhereItCannotBeTranslated() throws IOException {
		List<RuleIssue> issues = issues(knowledgeBaseWithPracticeReason(), TinyKnowledgeBase.COVERING.replace(TINY_BASIS,
				"@basis(\"practice: a calendar agreed a year ahead is what most LEGs use\")"));

		assertThat(of(issues, IssueKind.INVALID_BASIS)).singleElement().satisfies(issue -> {
			assertThat(issue.isError()).isTrue();
			assertThat(issue.problem().message()).contains("writes its reason in the rule, where it cannot be translated")
				.contains("\"P1-no-tor\": { \"title\": \"...\", \"practice\": "
						+ "\"a calendar agreed a year ahead is what most LEGs use\" }");
		});
	}

	@Test
	void refusesADiagnosisRuleWithoutBasis() throws IOException {
		List<RuleIssue> issues = issues(TinyKnowledgeBase.COVERING.replace(TINY_BASIS, ""));

		assertThat(issues).singleElement().satisfies(issue -> {
			assertThat(issue.kind()).isEqualTo(IssueKind.MISSING_BASIS);
			assertThat(issue.problem().level()).isEqualTo(RuleProblem.Level.ERROR);
			assertThat(issue.problem().location()).isEqualTo("p1.drl:" + RuleFiles.FIRST_RULE_LINE + ":1");
			assertThat(issue.problem().message()).contains("rule \"Without terms of reference the mandate is unclear\"")
				.contains("has no @basis").contains("or \"practice\" where the paper is silent, with its reason in "
						+ "findings.json");
		});
	}

	@Test
	void refusesABasisThatIsNeitherAPassageOfThePaperNorAPractice() throws IOException {
		for (String basis : List.of("principle 1", "Part IV, annex", "practice:   ", "Common sense")) {
			List<RuleIssue> issues = issues(TinyKnowledgeBase.COVERING.replace(TINY_BASIS, "@basis(\"" + basis + "\")"));

			assertThat(of(issues, IssueKind.INVALID_BASIS)).as(basis).singleElement().satisfies(issue -> {
				assertThat(issue.isError()).isTrue();
				assertThat(issue.problem().message()).startsWith("@basis(\"" + basis.strip() + "\") is not a basis; use "
						+ "a reference to the paper such as \"Part III, principle 1, element 2\"");
			});
		}
	}

	@Test
	void refusesAnActionWithoutBasisAtItsLineInActionsJson() throws IOException {
		Path knowledgeBase = TinyKnowledgeBase.write(dir.resolve("kb"));
		Files.writeString(knowledgeBase.resolve("actions.json"), """
				{ "actions": [
				  {
				    "id": "A-TOR", "title": "Write terms of reference", "what": "Write them.", "firstStep": "Start.",
				    "lead": "government", "horizon": "next_meeting", "elements": ["P1.1", "P1.2", "F1"]
				  }
				] }
				""");

		List<RuleIssue> issues = of(issues(knowledgeBase, TinyKnowledgeBase.COVERING), IssueKind.MISSING_BASIS);

		assertThat(issues).singleElement().satisfies(issue -> {
			assertThat(issue.isError()).isTrue();
			assertThat(issue.problem().file()).isEqualTo(knowledgeBase.resolve("actions.json").toAbsolutePath().toString());
			assertThat(issue.problem().line()).isEqualTo(2);
			assertThat(issue.problem().message()).isEqualTo("action A-TOR has no basis; add \"basis\": a reference to "
					+ "the paper such as \"Part III, principle 1, element 2\", or \"practice: <one-line reason>\" where "
					+ "the paper is silent");
		});
	}

	@Test
	void refusesAnActionBasisOfTheWrongShapeAtItsLine() throws IOException {
		Path knowledgeBase = knowledgeBaseWithActionLines("\"basis\": \"the paper\"");

		List<RuleIssue> issues = issues(knowledgeBase, TinyKnowledgeBase.COVERING);

		assertThat(issues).singleElement().satisfies(issue -> {
			assertThat(issue.kind()).isEqualTo(IssueKind.INVALID_BASIS);
			assertThat(issue.isError()).isTrue();
			assertThat(issue.problem().line()).isEqualTo(lineOf(knowledgeBase, "\"basis\""));
			assertThat(issue.problem().message()).startsWith("action A-TOR has the basis \"the paper\"; expected a "
					+ "reference to the paper");
		});
	}

	@Test
	void refusesAHandTypedSectionSayingItIsDerivedFromTheElementsNow() throws IOException {
		Path knowledgeBase = knowledgeBaseWithActionLines(
				"\"basis\": \"Part III, principle 1, element 2\",\n  \"section\": \"Part III, principle 1, element 2\"");

		List<RuleIssue> issues = issues(knowledgeBase, TinyKnowledgeBase.COVERING);

		assertThat(issues).singleElement().satisfies(issue -> {
			assertThat(issue.kind()).isEqualTo(IssueKind.TYPED_SECTION);
			assertThat(issue.isError()).isTrue();
			assertThat(issue.problem().line()).isEqualTo(lineOf(knowledgeBase, "\"section\""));
			assertThat(issue.problem().message()).isEqualTo("action A-TOR types its \"section\", which is derived from "
					+ "its elements now (\"Part I, function 1; Part III, principle 1, elements 1 and 2\"): delete the line "
					+ "(scripts/drop-action-sections.py does so for the whole file)");
		});
	}

	private static int lineOf(Path knowledgeBase, String text) throws IOException {
		List<String> lines = Files.readAllLines(knowledgeBase.resolve("actions.json"));
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " not found");
	}

}
