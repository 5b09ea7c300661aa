package org.legadvisor.authoring.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.authoring.TinyKnowledgeBase;
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


	private Coverage answerCoverage(boolean unreadAnswersAreProblems) throws IOException {
		Path folder = TinyKnowledgeBase.withAnswerOptions(TinyKnowledgeBase.write(dir.resolve("kb")));
		KnowledgeBase knowledge = KnowledgeBase.load(folder);
		Questionnaire questionnaire = Questionnaire.load(knowledge.questionnaireFile());
		Path rules = TinyKnowledgeBase.answerRules(dir.resolve("rules"));
		return new CoverageAnalysis(knowledge, questionnaire, unreadAnswersAreProblems).analyse(RuleSources.read(rules));
	}

	private static Coverage.OptionRow option(Coverage coverage, String question, String value) {
		return question(coverage, question).options().stream().filter(o -> o.value().equals(value)).findFirst()
			.orElseThrow();
	}

	private static Coverage.QuestionRow question(Coverage coverage, String id) {
		return coverage.answers().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void listsForEveryAnswerTheRulesItCanTriggerDirectlyOrThroughASignal() throws IOException {
		Coverage coverage = answerCoverage(false);

		assertThat(option(coverage, "tor.exists", "no").rules()).containsExactly(new Coverage.Trigger("P1-no-tor", null));
		assertThat(option(coverage, "tor.exists", "partly").rules()).extracting(Coverage.Trigger::rule)
			.containsExactly("P1-no-tor");
		assertThat(option(coverage, "calendar.kept", "rarely").rules())
			.containsExactly(new Coverage.Trigger("P1-irregular", "meetings.irregular"));
		assertThat(option(coverage, "tor.covers", "monitoring").rules()).extracting(Coverage.Trigger::rule)
			.containsExactly("P1-tor-thin");
		assertThat(option(coverage, "tor.covers", "mandate").covered()).isTrue();
	}

	@Test
	void aTestThatLetsEveryOptionThroughReadsNoneOfThem() throws IOException {
		Coverage coverage = answerCoverage(false);

		// P1-no-tor also reads calendar.kept with value != "dont_know": that says nothing about "mostly".
		assertThat(option(coverage, "calendar.kept", "mostly").rules()).isEmpty();
		assertThat(option(coverage, "calendar.kept", "mostly").covered()).isFalse();
		assertThat(question(coverage, "calendar.kept").rules()).extracting(Coverage.Trigger::rule)
			.containsExactlyInAnyOrder("P1-no-tor", "P1-irregular");
	}

	@Test
	void showsTheHealthyReasonRecordedOnAnOptionOrOnAYesPartlyNoQuestion() throws IOException {
		Coverage coverage = answerCoverage(false);

		assertThat(option(coverage, "calendar.kept", "always").healthy()).isEqualTo("The best answer.");
		assertThat(option(coverage, "tor.exists", "yes").healthy()).isEqualTo("Written terms of reference are the paper's aim.");
		assertThat(option(coverage, "tor.exists", "yes").rules()).isEmpty();
		assertThat(option(coverage, "tor.exists", "yes").covered()).isTrue();
	}

	@Test
	void listsTheRulesReadingANumberComparedWithAThreshold() throws IOException {
		Coverage coverage = answerCoverage(false);

		assertThat(question(coverage, "meetings.per_year").rules()).extracting(Coverage.Trigger::rule)
			.containsExactly("P1-meetings-rare");
		assertThat(question(coverage, "meetings.per_year").options()).isEmpty();
	}

	@Test
	void anAnswerNeitherReadNorHealthyIsAProblemOnlyWhenAsked() throws IOException {
		assertThat(answerCoverage(false).problems()).isEmpty();

		Coverage strict = answerCoverage(true);

		assertThat(strict.complete()).isFalse();
		assertThat(strict.problems()).containsExactly("question calendar.kept (\"Are meetings held as planned?\"): the "
				+ "answer \"mostly\" (Mostly) is read by no rule and has no recorded healthy reason");
	}

	@Test
	void refusesAHealthyReasonForAnAnswerTheQuestionDoesNotHave() throws IOException {
		Path folder = TinyKnowledgeBase.withAnswerOptions(TinyKnowledgeBase.write(dir.resolve("kb")));
		Path questionnaireFile = folder.resolve("questionnaire.json");
		java.nio.file.Files.writeString(questionnaireFile, java.nio.file.Files.readString(questionnaireFile)
			.replace("\"healthy\": { \"yes\":", "\"healthy\": { \"maybe\":"));
		KnowledgeBase knowledge = KnowledgeBase.load(folder);
		Coverage coverage = new CoverageAnalysis(knowledge, Questionnaire.load(knowledge.questionnaireFile()))
			.analyse(RuleSources.read(TinyKnowledgeBase.answerRules(dir.resolve("rules"))));

		assertThat(coverage.problems()).contains("question tor.exists records a healthy reason for \"maybe\", which is "
				+ "not one of its answers (yes, partly, no)");
	}

}
