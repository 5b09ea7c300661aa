package org.legadvisor.authoring.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.legadvisor.authoring.drl.AuthoredRule;
import org.legadvisor.authoring.drl.DrlReader;
import org.legadvisor.authoring.drl.RuleModel;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.engine.RuleSources;
import org.legadvisor.knowledge.Action;
import org.legadvisor.knowledge.Framework;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * Checks that every part of the paper's framework is observed, diagnosed and acted on. The rule:
 * <ul>
 * <li>a function or an element is covered when at least one question, one rule and one action reference it
 * (questions and actions by their {@code elements}, rules by {@code @function} or {@code @element});</li>
 * <li>a challenge is covered when at least one rule names it in {@code @challenge} (questions and actions
 * reference elements, not challenges);</li>
 * <li>a principle is covered when all its elements are; it is not a problem of its own.</li>
 * </ul>
 * Every id a question, rule or action references that is not in framework.json is a problem too, as is a rule
 * file that cannot be read. Beside the framework, every answer of every closed question is listed with the rules it
 * can trigger, or the reason it is healthy by decision ({@link AnswerCoverage}); an answer with neither is a problem
 * when {@code unreadAnswersAreProblems}.
 */
public final class CoverageAnalysis {

	private static final List<String> RULE_KEYS = List.of("challenge", "principle", "element", "function");

	/**
	 * Whether an answer option that no rule reads and no healthy reason covers makes the coverage incomplete, by
	 * default. "note" while the content branches (graded rules, healthy reasons) are being merged: such an answer is
	 * shown, marked, but not counted as a problem. Set it to "problem" once they are merged;
	 * CoverageCommandTest.shippedRuleBaseIsFullyCovered then checks that every answer is read or healthy.
	 */
	public static final String UNREAD_ANSWERS = "problem";

	private final KnowledgeBase knowledge;

	private final Questionnaire questionnaire;

	private final boolean unreadAnswersAreProblems;

	public CoverageAnalysis(KnowledgeBase knowledge, Questionnaire questionnaire) {
		this(knowledge, questionnaire, "problem".equals(UNREAD_ANSWERS));
	}

	/** With {@code unreadAnswersAreProblems}, an answer neither read by a rule nor healthy by decision is a problem. */
	public CoverageAnalysis(KnowledgeBase knowledge, Questionnaire questionnaire, boolean unreadAnswersAreProblems) {
		this.knowledge = knowledge;
		this.questionnaire = questionnaire;
		this.unreadAnswersAreProblems = unreadAnswersAreProblems;
	}

	public Coverage analyse(RuleSources sources) {
		return analyse(new DrlReader().read(sources));
	}

	public Coverage analyse(RuleModel model) {
		Framework framework = knowledge.framework();
		Set<String> known = framework.namesById().keySet();
		List<String> problems = new ArrayList<>();
		for (RuleProblem error : model.syntaxErrors()) {
			problems.add(error + " (this file could not be read, so its rules are not counted)");
		}
		References questions = new References();
		questionnaire.questions().forEach(q -> q.elements().forEach(id -> {
			if (known.contains(id)) {
				questions.add(id, q.id());
			}
			else {
				problems.add("question " + q.id() + " names " + id + ", which is not in framework.json");
			}
		}));
		References actions = new References();
		for (Action action : knowledge.actions().values()) {
			for (String id : action.elements()) {
				if (known.contains(id)) {
					actions.add(id, action.id());
				}
				else {
					problems.add("action " + action.id() + " names " + id + ", which is not in framework.json");
				}
			}
		}
		References rules = new References();
		for (AuthoredRule rule : model.rules()) {
			for (String key : RULE_KEYS) {
				for (String id : rule.ids(key)) {
					if (known.contains(id)) {
						rules.add(id, rule.label());
					}
					else {
						problems.add("rule " + rule.label() + " (" + rule.location() + ") names " + id + " in @" + key
								+ ", which is not in framework.json");
					}
				}
			}
		}
		List<Coverage.Row> rows = rows(framework, questions, rules, actions, problems);
		AnswerCoverage answerCoverage = new AnswerCoverage(questionnaire);
		List<Coverage.QuestionRow> answers = answerCoverage.analyse(model);
		problems.addAll(answerCoverage.problems(answers, unreadAnswersAreProblems));
		return new Coverage(problems.isEmpty(), rows, answers, problems);
	}

	private static List<Coverage.Row> rows(Framework framework, References questions, References rules,
			References actions, List<String> problems) {
		List<Coverage.Row> rows = new ArrayList<>();
		List<String> uncovered = new ArrayList<>();
		for (Framework.Function function : framework.functions()) {
			rows.add(full(function.id(), "function", function.name(), questions, rules, actions));
		}
		for (Framework.Challenge challenge : framework.challenges()) {
			List<String> ruleIds = rules.of(challenge.id());
			List<String> missing = ruleIds.isEmpty() ? List.of("no rule") : List.of();
			rows.add(new Coverage.Row(challenge.id(), "challenge", challenge.name(), questions.of(challenge.id()), ruleIds,
					actions.of(challenge.id()), missing.isEmpty(), missing));
		}
		for (Framework.Principle principle : framework.principles()) {
			List<Coverage.Row> elements = principle.elements().stream()
				.map(e -> full(e.id(), "element", e.text(), questions, rules, actions))
				.toList();
			List<String> missing = elements.stream().filter(e -> !e.covered()).map(Coverage.Row::id).toList();
			List<String> ids = new ArrayList<>(List.of(principle.id()));
			principle.elements().forEach(e -> ids.add(e.id()));
			rows.add(new Coverage.Row(principle.id(), "principle", principle.name(), questions.ofAny(ids), rules.ofAny(ids),
					actions.ofAny(ids), missing.isEmpty() && !elements.isEmpty(),
					elements.isEmpty() ? List.of("no element") : missing));
			rows.addAll(elements);
		}
		rows.stream().filter(r -> !r.covered() && !r.kind().equals("principle"))
			.forEach(r -> uncovered.add(r.id() + " (" + r.kind() + ") is not covered: " + String.join(", ", r.missing())));
		problems.addAll(0, uncovered);
		return rows;
	}

	/** A row for an id that needs a question, a rule and an action. */
	private static Coverage.Row full(String id, String kind, String name, References questions, References rules,
			References actions) {
		List<String> missing = new ArrayList<>();
		if (questions.of(id).isEmpty()) {
			missing.add("no question");
		}
		if (rules.of(id).isEmpty()) {
			missing.add("no rule");
		}
		if (actions.of(id).isEmpty()) {
			missing.add("no action");
		}
		return new Coverage.Row(id, kind, name, questions.of(id), rules.of(id), actions.of(id), missing.isEmpty(), missing);
	}

	/** Who references each framework id, in order of first reference and without repeats. */
	private static final class References {

		private final Map<String, Set<String>> byId = new LinkedHashMap<>();

		void add(String id, String by) {
			byId.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(by);
		}

		List<String> of(String id) {
			return List.copyOf(byId.getOrDefault(id, Set.of()));
		}

		List<String> ofAny(List<String> ids) {
			Set<String> all = new LinkedHashSet<>();
			ids.forEach(id -> all.addAll(byId.getOrDefault(id, Set.of())));
			return List.copyOf(all);
		}

	}

}
