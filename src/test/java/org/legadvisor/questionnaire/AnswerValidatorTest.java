package org.legadvisor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.legadvisor.questionnaire.AnswerProblem.Kind;

class AnswerValidatorTest {

	private final Questionnaire questionnaire = Questionnaire.load(Path.of("knowledge-base/questionnaire.json"));

	private final AnswerValidator validator = new AnswerValidator(questionnaire);

	private ValidatedAnswers validate(String answersJson) throws Exception {
		return validator.validate(read("""
				{ "questionnaireVersion": "1.0", "leg": { "name": "Test LEG" }, "answers": %s }""".formatted(answersJson)));
	}

	private static AnswersDocument read(String json) throws Exception {
		return new AnswersReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	private String text(String question) {
		return questionnaire.question(question).orElseThrow().text();
	}

	private List<AnswerProblem> problems(String answersJson) {
		return catchThrowableOfType(InvalidAnswersException.class, () -> validate(answersJson)).problems();
	}

	@Test
	void turnsEachAnswerTypeIntoAFact() throws Exception {
		ValidatedAnswers answers = validate("""
				{ "tor.exists": "yes", "tor.covers": ["mandate", "monitoring"], "meetings.per_year": 6,
				  "chair.who": "ministry_of_education" }""");

		assertThat(answers.byQuestion().get("tor.exists").value()).isEqualTo("yes");
		assertThat(answers.byQuestion().get("tor.covers").choices()).containsExactlyInAnyOrder("mandate", "monitoring");
		assertThat(answers.byQuestion().get("meetings.per_year").number()).isEqualTo(6.0);
		assertThat(answers.byQuestion().get("meetings.per_year").value()).isEqualTo("6");
		assertThat(answers.byQuestion().get("tor.exists").commonKnowledge()).isTrue();
	}

	@Test
	void acceptsDontKnowAsAnAnswerDistinctFromNoAnswer() throws Exception {
		ValidatedAnswers answers = validate("""
				{ "tor.exists": "dont_know", "meetings.per_year": "dont_know" }""");

		assertThat(answers.byQuestion().get("tor.exists").unknown()).isTrue();
		assertThat(answers.byQuestion().get("meetings.per_year").number()).isNull();
		assertThat(answers.byQuestion()).doesNotContainKey("finance.member");
	}

	@Test
	void rejectsUnknownQuestionId() {
		assertThat(problems("{ \"tor.exist\": \"yes\" }"))
			.containsExactly(new AnswerProblem(Kind.UNKNOWN_QUESTION, "tor.exist", "an answer",
					"a question id of questionnaire 1.0"));
	}

	@Test
	void rejectsAnswerOfTheWrongType() {
		AnswerProblem problem = problems("{ \"meetings.per_year\": \"six\" }").get(0);

		assertThat(problem.kind()).isEqualTo(Kind.WRONG_TYPE);
		assertThat(problem.field()).isEqualTo("meetings.per_year");
		assertThat(problem.given()).isEqualTo("\"six\"");
		assertThat(problem.question()).isEqualTo("How many times did the LEG core group meet in the last twelve months?");
		assertThat(problem.expected()).isEqualTo("a whole number from 0 to 52, or \"dont_know\"");
	}

	@Test
	void rejectsValueOutsideTheOptions() {
		assertThat(problems("{ \"tor.exists\": \"maybe\" }")).containsExactly(new AnswerProblem(Kind.UNKNOWN_OPTION,
				"tor.exists", text("tor.exists"), "\"maybe\"", "one of [yes, partly, no, dont_know]"));
	}

	@Test
	void rejectsNumberOutOfRange() {
		assertThat(problems("{ \"meetings.per_year\": 60 }")).containsExactly(new AnswerProblem(Kind.OUT_OF_RANGE,
				"meetings.per_year", text("meetings.per_year"), "60", "a whole number from 0 to 52"));
	}

	@Test
	void rejectsAFollowUpThatContradictsItsParentNamingBothAnswers() {
		assertThat(problems("{ \"tor.exists\": \"no\", \"tor.covers\": [\"mandate\"] }"))
			.containsExactly(new AnswerProblem(Kind.CONTRADICTS_PARENT, "tor.covers", text("tor.covers"),
					"[\"mandate\"]", "no answer, since question \"" + text("tor.exists") + "\" is answered \"no\" "
							+ "and this question follows only from yes or partly"));
	}

	@Test
	void rejectsAFinanceFollowUpWhenFinanceIsNotAMember() {
		assertThat(problems("{ \"finance.member\": \"no\", \"finance.attendance\": \"rarely\" }"))
			.singleElement()
			.satisfies(p -> {
				assertThat(p.kind()).isEqualTo(Kind.CONTRADICTS_PARENT);
				assertThat(p.toString()).startsWith("Question \"" + text("finance.attendance") + "\": ")
					.contains("question \"" + text("finance.member") + "\" is answered \"no\"")
					.doesNotContain("finance.")
					.endsWith("got \"rarely\"");
			});
	}

	@Test
	void acceptsAFollowUpItsParentAsksFor() throws Exception {
		ValidatedAnswers answers = validate("{ \"finance.member\": \"partly\", \"finance.attendance\": \"rarely\" }");

		assertThat(answers.byQuestion()).containsKeys("finance.member", "finance.attendance");
	}

	@Test
	void rejectsAFollowUpWhoseParentIsUnansweredOrUnknownAsNotApplicable() {
		assertThat(problems("{ \"tor.covers\": [\"mandate\"] }")).singleElement()
			.satisfies(p -> assertThat(p.kind()).isEqualTo(Kind.NOT_APPLICABLE));
		assertThat(problems("{ \"tor.exists\": \"dont_know\", \"tor.covers\": [\"mandate\"] }"))
			.containsExactly(new AnswerProblem(Kind.NOT_APPLICABLE, "tor.covers", text("tor.covers"), "[\"mandate\"]",
					"no answer unless question \"" + text("tor.exists") + "\" is answered yes or partly"));
	}

	@Test
	void rejectsMoreActiveMembersThanMembersNamingBothQuestionsAndAnswers() {
		assertThat(problems("{ \"members.total\": 5, \"members.active\": 9 }"))
			.containsExactly(new AnswerProblem(Kind.EXCEEDS_OTHER_ANSWER, "members.active", text("members.active"), "9",
					"at most 5, the number given for question \"" + text("members.total") + "\""));
	}

	@Test
	void rejectsMoreCivilSocietyMembersThanMembers() {
		assertThat(problems("{ \"members.total\": 5, \"members.cso\": 12 }")).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(Kind.EXCEEDS_OTHER_ANSWER);
			assertThat(p.toString()).isEqualTo("Question \"" + text("members.cso") + "\": expected at most 5, "
					+ "the number given for question \"" + text("members.total") + "\", got 12");
		});
	}

	@Test
	void acceptsAsManyActiveAndCivilSocietyMembersAsMembers() throws Exception {
		ValidatedAnswers answers = validate("{ \"members.total\": 5, \"members.active\": 5, \"members.cso\": 5 }");

		assertThat(answers.byQuestion().get("members.active").number()).isEqualTo(5.0);
	}

	@Test
	void comparesMembersOnlyWhenBothAreKnownNumbers() throws Exception {
		assertThat(validate("{ \"members.total\": \"dont_know\", \"members.active\": 9 }").answers()).hasSize(2);
		assertThat(validate("{ \"members.active\": 9 }").answers()).hasSize(1);
		assertThat(problems("{ \"members.total\": 2.5, \"members.active\": 9 }")).extracting(AnswerProblem::kind)
			.containsExactly(Kind.NOT_WHOLE_NUMBER);
	}

	@Test
	void rejectsAFractionWhereTheQuestionCountsThings() {
		assertThat(problems("{ \"meetings.per_year\": 2.5 }")).containsExactly(new AnswerProblem(Kind.NOT_WHOLE_NUMBER,
				"meetings.per_year", text("meetings.per_year"), "2.5", "a whole number from 0 to 52"));
		for (String count : List.of("members.total", "members.active", "members.cso", "tor.years_since_review")) {
			assertThat(questionnaire.question(count).orElseThrow().wholeNumber()).as(count).isTrue();
		}
	}

	@Test
	void acceptsAWholeNumberWrittenWithADecimalPoint() throws Exception {
		assertThat(validate("{ \"meetings.per_year\": 6.0 }").byQuestion().get("meetings.per_year").value())
			.isEqualTo("6");
	}

	@Test
	void collectsEveryCrossAnswerProblemAtOnce() {
		assertThat(problems("""
				{ "members.total": 5, "members.active": 9, "members.cso": 12, "meetings.per_year": 2.5,
				  "tor.exists": "no", "tor.covers": ["mandate"] }"""))
			.extracting(AnswerProblem::field, AnswerProblem::kind)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("meetings.per_year", Kind.NOT_WHOLE_NUMBER),
					org.assertj.core.groups.Tuple.tuple("members.active", Kind.EXCEEDS_OTHER_ANSWER),
					org.assertj.core.groups.Tuple.tuple("members.cso", Kind.EXCEEDS_OTHER_ANSWER),
					org.assertj.core.groups.Tuple.tuple("tor.covers", Kind.CONTRADICTS_PARENT));
	}

	@Test
	void rejectsUnknownChoiceInAMultipleChoice() {
		assertThat(problems("{ \"tor.exists\": \"yes\", \"tor.covers\": [\"mandate\", \"budget\"] }"))
			.extracting(AnswerProblem::kind, AnswerProblem::given)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.UNKNOWN_OPTION, "\"budget\""));
	}

	@Test
	void rejectsWrongQuestionnaireVersion() {
		InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class, () -> validator.validate(read("""
				{ "questionnaireVersion": "0.9", "leg": { "name": "Test LEG" }, "answers": {} }""")));

		assertThat(e.problems()).containsExactly(
				new AnswerProblem(Kind.WRONG_VERSION, "questionnaireVersion", "\"0.9\"", "\"1.0\""));
	}

	@Test
	void rejectsDocumentWithoutLegName() {
		InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class, () -> validator.validate(read("""
				{ "questionnaireVersion": "1.0", "answers": {} }""")));

		assertThat(e.problems()).extracting(AnswerProblem::field).containsExactly("leg.name");
	}

	@Test
	void reportsEveryProblemAtOnceAndReturnsNothing() {
		List<AnswerProblem> problems = problems("""
				{ "tor.exist": "yes", "meetings.per_year": -1, "chair.who": "the minister", "finance.member": null }""");

		assertThat(problems).extracting(AnswerProblem::field)
			.containsExactly("tor.exist", "meetings.per_year", "chair.who", "finance.member");
		assertThat(problems.get(3).expected()).contains("leave the question out");
	}

	@Test
	void reportsMalformedJsonWithItsLocation() {
		InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
				() -> read("{ \"questionnaireVersion\": \"1.0\",\n  \"answers\": { \"tor.exists\": yes } }"));

		assertThat(e.problems()).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(Kind.MALFORMED_DOCUMENT);
			assertThat(p.given()).contains("line 2");
		});
	}

	@Test
	void rejectsUnknownTopLevelField() {
		InvalidAnswersException e = catchThrowableOfType(InvalidAnswersException.class,
				() -> read("{ \"questionnaireVersion\": \"1.0\", \"answer\": {} }"));

		assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("answer"));
	}

}
