package org.legadvisor.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.authoring.drl.AuthoredRule;
import org.legadvisor.authoring.drl.Comparison.Field;
import org.legadvisor.authoring.drl.DrlReader;
import org.legadvisor.authoring.drl.FactPattern;
import org.legadvisor.authoring.drl.RuleModel;
import org.legadvisor.engine.RuleSources;
import org.legadvisor.knowledge.Action;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.Questionnaire.Question;
import org.legadvisor.questionnaire.QuestionType;

/**
 * Checks the content of the rule base against the paper's framework, read from the DRL as policy staff write it, by
 * the reader of {@code validate}: every challenge is diagnosed by rules reading different answers, every basic
 * element is flagged by a rule, observed by a question and served by an action, every function is assessed, and
 * every question, answer value, signal and action a rule names exists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleBaseCoverageTest {

	/** A diagnosis rule as written: its metadata and the questions and signals its conditions read. */
	record DrlRule(String file, String name, Map<String, String> meta, Set<String> reads) {

		List<String> list(String key) {
			String value = meta.getOrDefault(key, "");
			return Stream.of(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}

	}

	private final List<DrlRule> diagnosis = new ArrayList<>();

	private final Set<String> signalsMade = new TreeSet<>();

	private final Set<String> signalsUsed = new TreeSet<>();

	private final Map<String, Set<String>> valuesUsed = new LinkedHashMap<>();

	private Questionnaire questionnaire;

	private KnowledgeBase knowledge;

	/** Reads the rules with the reader that validate, rules and coverage use: Drools' own DRL and expression parsers. */
	@BeforeAll
	void readRules() throws IOException {
		questionnaire = Questionnaire.load(AdvisorFixture.KNOWLEDGE_BASE.resolve("questionnaire.json"));
		knowledge = KnowledgeBase.load(AdvisorFixture.KNOWLEDGE_BASE);
		RuleModel model = new DrlReader().read(RuleSources.read(AdvisorFixture.RULES));
		assertThat(model.syntaxErrors()).isEmpty();
		signalsMade.addAll(model.insertedSignals());
		for (AuthoredRule rule : model.rules()) {
			Set<String> reads = new LinkedHashSet<>();
			for (FactPattern pattern : rule.patterns()) {
				for (String question : pattern.questions()) {
					reads.add(question);
					Set<String> values = valuesUsed.computeIfAbsent(question, k -> new TreeSet<>());
					pattern.tests().stream().filter(t -> t.field() == Field.VALUE || t.field() == Field.CHOICES)
						.forEach(t -> values.addAll(t.literals()));
				}
				pattern.signals().forEach(id -> {
					signalsUsed.add(id);
					reads.add("signal:" + id);
				});
			}
			if (rule.metadata("id").isPresent()) {
				Map<String, String> meta = new LinkedHashMap<>();
				rule.metadata().forEach(m -> meta.put(m.key(), m.value()));
				diagnosis.add(new DrlRule(Path.of(rule.file()).getFileName().toString(), rule.name(), meta, reads));
			}
		}
	}

	private static List<String> elementIds() {
		int[] counts = { 6, 6, 6, 7, 5, 6, 5 };
		return IntStream.range(0, counts.length)
			.boxed()
			.flatMap(p -> IntStream.rangeClosed(1, counts[p]).mapToObj(e -> "P" + (p + 1) + "." + e))
			.toList();
	}

	private static final List<String> FUNCTIONS = List.of("F1", "F2", "F3", "F4");

	@Test
	void readsTheRuleFiles() {
		assertThat(diagnosis).hasSizeGreaterThan(50);
	}

	@Test
	void everyDiagnosisRuleCarriesConsistentMetadata() {
		Set<String> ids = new LinkedHashSet<>();
		for (DrlRule rule : diagnosis) {
			String id = rule.meta().get("id");
			assertThat(ids.add(id)).as("unique id " + id).isTrue();
			assertThat(rule.meta()).as(id).containsKeys("challenge", "principle", "element", "severity", "action");
			assertThat(rule.meta().get("challenge")).as(id).matches("C[1-8]");
			assertThat(rule.meta().get("principle")).as(id).matches("P[1-7]");
			assertThat(rule.meta().get("severity")).as(id).isIn("high", "medium", "low");
			assertThat(rule.list("element")).as(id).isNotEmpty().allSatisfy(e -> assertThat(elementIds()).contains(e));
			assertThat(rule.list("action")).as(id)
				.isNotEmpty()
				.allSatisfy(a -> assertThat(knowledge.actions()).as(id + " names action " + a).containsKey(a));
			String prefix = id.substring(0, 2);
			if (prefix.startsWith("F")) {
				assertThat(rule.meta().get("function")).as(id).isEqualTo(prefix);
			}
			else {
				assertThat(rule.meta().get("principle")).as(id).isEqualTo(prefix);
				assertThat(rule.file()).as(id).startsWith(prefix.toLowerCase() + "-");
			}
			if (rule.meta().containsKey("function")) {
				assertThat(rule.meta().get("function")).as(id).isIn(FUNCTIONS);
			}
		}
	}

	@Test
	void everyChallengeIsDiagnosedByAtLeastTwoRulesReadingDifferentAnswers() {
		for (int c = 1; c <= 8; c++) {
			String challenge = "C" + c;
			List<Set<String>> reads = diagnosis.stream()
				.filter(r -> challenge.equals(r.meta().get("challenge")))
				.map(DrlRule::reads)
				.toList();
			assertThat(reads).as(challenge + " rules").hasSizeGreaterThanOrEqualTo(2);
			assertThat(new LinkedHashSet<>(reads)).as(challenge + " rules reading different answers").hasSizeGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void everyBasicElementIsFlaggedByARule() {
		Set<String> flagged = diagnosis.stream().flatMap(r -> r.list("element").stream()).collect(Collectors.toSet());
		assertThat(flagged).containsAll(elementIds());
	}

	@Test
	void everyCoreFunctionIsAssessedByRules() {
		Set<String> assessed = diagnosis.stream().flatMap(r -> r.list("function").stream()).collect(Collectors.toSet());
		assertThat(assessed).containsAll(FUNCTIONS);
	}

	@Test
	void everyBasicElementAndFunctionIsObservedByAQuestion() {
		Set<String> observed = questionnaire.questions().stream().flatMap(q -> q.elements().stream())
			.collect(Collectors.toSet());
		assertThat(observed).containsAll(elementIds()).containsAll(FUNCTIONS);
	}

	@Test
	void everyBasicElementIsServedByAnAction() {
		Set<String> served = knowledge.actions().values().stream().flatMap(a -> a.elements().stream())
			.collect(Collectors.toSet());
		assertThat(served).containsAll(elementIds());
		for (Action action : knowledge.actions().values()) {
			assertThat(action.elements()).as(action.id())
				.allSatisfy(e -> assertThat(e).matches("P[1-7]\\.[1-7]|F[1-4]"));
		}
	}

	@Test
	void everyQuestionAndValueARuleReadsExists() {
		Map<String, Question> questions = questionnaire.questionsById();
		valuesUsed.forEach((id, values) -> {
			assertThat(questions).as("question read by a rule").containsKey(id);
			Question question = questions.get(id);
			Set<String> allowed = new TreeSet<>(question.options().stream().map(Questionnaire.Option::value).toList());
			if (question.type() == QuestionType.YES_PARTLY_NO) {
				allowed.addAll(Answer.YES_PARTLY_NO);
			}
			allowed.add(Answer.DONT_KNOW);
			assertThat(allowed).as("values of " + id + " named by rules").containsAll(values);
		});
	}

	/** Except a question whose every answer is healthy by decision (the LEG's own focus, read by the ranking). */
	@Test
	void everyQuestionButFreeTextIsReadByARule() {
		List<String> diagnostic = questionsWhoseTypeIs(false).stream()
			.filter(id -> !healthyByDecision(questionnaire.questionsById().get(id)))
			.toList();
		assertThat(valuesUsed.keySet()).containsAll(diagnostic);
	}

	private static boolean healthyByDecision(Question question) {
		return !question.options().isEmpty() && question.options().stream().allMatch(o -> o.healthy() != null);
	}

	/** Free text is for the report's reader, as its help text promises, not for the rules. */
	@Test
	void noRuleReadsFreeText() {
		assertThat(valuesUsed.keySet()).doesNotContainAnyElementsOf(questionsWhoseTypeIs(true));
	}

	private List<String> questionsWhoseTypeIs(boolean text) {
		return questionnaire.questions().stream().filter(q -> (q.type() == QuestionType.TEXT) == text)
			.map(Question::id)
			.toList();
	}

	@Test
	void everySignalARuleReadsIsDerivedAndLabelled() {
		assertThat(signalsMade).containsAll(signalsUsed);
		assertThat(knowledge.signals().keySet()).containsExactlyInAnyOrderElementsOf(signalsMade);
	}

	@Test
	void everyActionInTheCatalogueIsRecommendedByARule() {
		Set<String> recommended = diagnosis.stream().flatMap(r -> r.list("action").stream()).collect(Collectors.toSet());
		assertThat(recommended).containsAll(knowledge.actions().keySet());
	}

}
