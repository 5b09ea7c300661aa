package org.legadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.authoring.check.RuleValidator;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleBaseCheck;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.engine.RuleRunner;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Questionnaire;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where the rules and the knowledge base live; shared by every subcommand (public for those of {@code cli.memory}). */
public final class Locations {

	@Spec(Spec.Target.MIXEE)
	CommandSpec mixee;

	@Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules")
	Path rules;

	@Option(names = "--knowledge-base", paramLabel = "DIR", defaultValue = "knowledge-base")
	Path knowledgeBase;

	private KnowledgeBase knowledge;

	private Questionnaire questionnaire;

	/** The knowledge base, read on first use and kept for the rest of the command. */
	public KnowledgeBase knowledge() {
		if (knowledge == null) {
			knowledge = KnowledgeBase.load(knowledgeBase);
		}
		return knowledge;
	}

	/** The questionnaire, read on first use and kept for the rest of the command. */
	public Questionnaire questionnaire() {
		if (questionnaire == null) {
			questionnaire = Questionnaire.load(knowledgeBase.resolve("questionnaire.json"));
		}
		return questionnaire;
	}

	/**
	 * The rules of this location, compiled and passed through the same checks as {@code validate}, so that rules
	 * with broken metadata are refused before they run.
	 */
	public LiveRuleBase loadRules() throws IOException, RuleCompilationException {
		RuleBaseCheck gate = new RuleValidator(knowledge(), questionnaire()).asReloadGate();
		return LiveRuleBase.load(rules, new RuleBaseCompiler(), gate);
	}

	/** Prints the errors that kept the rules from loading, each as {@code file:line:column: message}. */
	public void printRuleErrors(PrintWriter out, RuleCompilationException e) {
		out.println(CliLanguage.say(mixee, "rules.errors"));
		e.problems().stream().filter(p -> p.level() == RuleProblem.Level.ERROR)
			.forEach(p -> out.println(rules.resolve(p.file()) + p.toString().substring(p.file().length())));
	}

	/** An advisor on these rules, with the questionnaire and knowledge base of this location. */
	public Advisor advisor(RuleRunner rules) {
		return new Advisor(questionnaire(), knowledge(), rules);
	}

}
