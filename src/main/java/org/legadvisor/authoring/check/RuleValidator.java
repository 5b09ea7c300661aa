package org.legadvisor.authoring.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.legadvisor.authoring.drl.DrlReader;
import org.legadvisor.authoring.drl.RuleModel;
import org.legadvisor.engine.RuleBase;
import org.legadvisor.engine.RuleBaseCheck;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.engine.RuleSources;
import org.legadvisor.knowledge.FindingTitles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.scenario.ScenarioTrial;

/**
 * Validates a rules folder beyond syntax, for {@code leg-advisor validate} and for the gate that checks a new rule
 * base before it replaces the running one: the rules must compile, every then-part may only insert a finding or a
 * signal ({@link ThenPartCheck}), every diagnosis rule must carry complete
 * metadata, and every id, action, question and signal a rule names must exist in the knowledge base. Warnings name
 * rules that can never fire against the questionnaire and rules with the same conditions. Thread-safe.
 */
public final class RuleValidator {

	private static final Comparator<RuleIssue> IN_FILE_ORDER = Comparator
		.comparing((RuleIssue i) -> i.problem().file())
		.thenComparingInt(i -> i.problem().line())
		.thenComparingInt(i -> i.problem().column());

	private final DrlReader reader = new DrlReader();

	private final RuleBaseCompiler compiler;

	private final List<RuleCheck> checks;

	private final ScenarioTrial trial;

	public RuleValidator(KnowledgeBase knowledge, Questionnaire questionnaire) {
		this(knowledge, questionnaire, new RuleBaseCompiler());
	}

	public RuleValidator(KnowledgeBase knowledge, Questionnaire questionnaire, RuleBaseCompiler compiler) {
		this.compiler = compiler;
		this.trial = new ScenarioTrial(knowledge, questionnaire);
		this.checks = List.of(new ThenPartCheck(), new MetadataCheck(), new FrameworkIdCheck(knowledge.framework()),
				new ActionCheck(knowledge),
				new FindingTitleCheck(knowledge.folder().resolve(FindingTitles.FILE), FindingTitles.load(knowledge.folder())), new QuestionCheck(questionnaire.questionsById().keySet()),
				new SignalCheck(knowledge.signals()), new ReachabilityCheck(questionnaire), new DuplicateConditionsCheck());
	}

	/** A validator for the knowledge base folder given, questionnaire included. */
	public static RuleValidator forKnowledgeBase(Path knowledgeBaseFolder) {
		KnowledgeBase knowledge = KnowledgeBase.load(knowledgeBaseFolder);
		return new RuleValidator(knowledge, Questionnaire.load(knowledge.questionnaireFile()));
	}

	/**
	 * Every problem of a rules folder, errors and warnings, checked against a knowledge base folder: the reusable
	 * entry point. A rule base may be used only when no problem has {@link RuleProblem.Level#ERROR}.
	 */
	public static List<RuleProblem> problems(Path rulesFolder, Path knowledgeBaseFolder) throws IOException {
		return forKnowledgeBase(knowledgeBaseFolder).validate(RuleSources.read(rulesFolder)).problems();
	}

	/** Every problem of these rule files, errors and warnings. */
	public List<RuleProblem> problems(RuleSources sources) {
		return validate(sources).problems();
	}

	/** Compiles the rule files, then checks them; the compiled rule base is released at once. */
	public Validation validate(RuleSources sources) {
		RuleModel model = reader.read(sources);
		List<RuleIssue> issues = new ArrayList<>();
		int rules = model.rules().size();
		try (RuleBase base = compiler.compile(sources)) {
			base.warnings().forEach(w -> issues.add(new RuleIssue(IssueKind.COMPILER_WARNING, w)));
			rules = base.rules().size();
		}
		catch (RuleCompilationException e) {
			// For a file that does not parse, the parser's own errors say more: they have columns and plain words.
			Set<String> broken = model.brokenFiles();
			for (RuleProblem problem : e.problems()) {
				if (!broken.contains(problem.file())) {
					issues.add(new RuleIssue(problem.level() == RuleProblem.Level.WARNING ? IssueKind.COMPILER_WARNING
							: IssueKind.COMPILE, problem));
				}
			}
		}
		model.syntaxErrors().forEach(p -> issues.add(new RuleIssue(IssueKind.SYNTAX, p)));
		issues.addAll(checksOnly(model));
		issues.sort(IN_FILE_ORDER);
		return new Validation(sources.folder(), rules, sources.files().size(), sources.contentHash(), issues);
	}

	/**
	 * The checks beyond compiling, for a caller that compiles the rules itself: syntax errors found by the parser,
	 * then every check on the rules that parse. Nothing is compiled.
	 */
	public List<RuleIssue> check(RuleSources sources) {
		RuleModel model = reader.read(sources);
		List<RuleIssue> issues = new ArrayList<>();
		model.syntaxErrors().forEach(p -> issues.add(new RuleIssue(IssueKind.SYNTAX, p)));
		issues.addAll(checksOnly(model));
		issues.sort(IN_FILE_ORDER);
		return issues;
	}

	/**
	 * The gate a {@link org.legadvisor.engine.LiveRuleBase} passes a newly compiled edit through: these checks, so
	 * that rules with unsafe then-parts, missing metadata or unknown ids never serve; and, before an edit replaces the
	 * rules serving, a {@linkplain ScenarioTrial trial} on every bundled example and scenario.
	 */
	public RuleBaseCheck asReloadGate() {
		return new RuleBaseCheck() {

			@Override
			public List<RuleProblem> check(RuleSources sources, RuleBase candidate) {
				return RuleValidator.this.check(sources).stream().map(RuleIssue::problem).toList();
			}

			@Override
			public List<RuleProblem> tryOut(RuleSources sources, RuleBase candidate, boolean acceptLoss) {
				return trial.tryOut(sources, candidate, acceptLoss);
			}

		};
	}

	private List<RuleIssue> checksOnly(RuleModel model) {
		List<RuleIssue> issues = new ArrayList<>();
		checks.forEach(c -> issues.addAll(c.check(model)));
		return issues;
	}

}
