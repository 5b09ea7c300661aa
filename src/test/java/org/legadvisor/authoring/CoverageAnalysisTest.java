package org.legadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.engine.RuleSources;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Questionnaire;

class CoverageAnalysisTest {

	@TempDir
	Path dir;

	private Coverage coverage(String metadata) throws IOException {
		KnowledgeBase knowledge = KnowledgeBase.load(TinyKnowledgeBase.write(dir.resolve("kb")));
		Questionnaire questionnaire = Questionnaire.load(knowledge.questionnaireFile());
		Path rules = TinyKnowledgeBase.rules(dir.resolve("rules"), metadata);
		return new CoverageAnalysis(knowledge, questionnaire).analyse(RuleSources.read(rules));
	}

	private static Coverage.Row row(Coverage coverage, String id) {
		return coverage.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void isCompleteWhenEveryFunctionChallengeAndElementIsReferencedByAQuestionARuleAndAnAction() throws IOException {
		Coverage coverage = coverage(TinyKnowledgeBase.COVERING);

		assertThat(coverage.complete()).isTrue();
		assertThat(coverage.problems()).isEmpty();
		assertThat(coverage.rows()).extracting(Coverage.Row::id).containsExactly("F1", "C1", "P1", "P1.1", "P1.2");
		assertThat(row(coverage, "P1.2").questions()).containsExactly("tor.exists");
		assertThat(row(coverage, "P1.2").rules()).containsExactly("P1-no-tor");
		assertThat(row(coverage, "P1.2").actions()).containsExactly("A-TOR");
	}

	@Test
	void namesAnElementThatNoRuleReferencesAndMarksItsPrincipleNotCovered() throws IOException {
		Coverage coverage = coverage(TinyKnowledgeBase.COVERING.replace("P1.1, P1.2", "P1.1"));

		assertThat(coverage.complete()).isFalse();
		assertThat(coverage.problems()).containsExactly("P1.2 (element) is not covered: no rule");
		assertThat(row(coverage, "P1").covered()).isFalse();
		assertThat(row(coverage, "P1").missing()).containsExactly("P1.2");
	}

	@Test
	void needsOnlyARuleForAChallenge() throws IOException {
		Coverage coverage = coverage(TinyKnowledgeBase.COVERING.replace("@challenge(\"C1\") ", ""));

		assertThat(coverage.problems()).containsExactly("C1 (challenge) is not covered: no rule");
		assertThat(row(coverage, "C1").questions()).isEmpty();
	}

	@Test
	void namesARuleThatReferencesAnIdThatDoesNotExist() throws IOException {
		Coverage coverage = coverage(TinyKnowledgeBase.COVERING.replace("@principle(\"P1\")", "@principle(\"P9.9\")"));

		assertThat(coverage.complete()).isFalse();
		assertThat(coverage.problems()).singleElement().asString().contains("rule P1-no-tor (p1.drl:")
			.contains("names P9.9 in @principle, which is not in framework.json");
	}

}
