package org.legadvisor.cli.memory;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.authoring.check.RuleValidator;
import org.legadvisor.cli.CliLanguage;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Questionnaire;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The knowledge base of a command, and rule folders compiled against it with the same checks as {@code validate}
 * (as the other commands' {@code --rules} and {@code --knowledge-base} do).
 */
final class RuleFolders {

	private final Path knowledgeBase;

	private KnowledgeBase knowledge;

	private Questionnaire questionnaire;

	RuleFolders(Path knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	KnowledgeBase knowledge() {
		if (knowledge == null) {
			knowledge = KnowledgeBase.load(knowledgeBase);
		}
		return knowledge;
	}

	Questionnaire questionnaire() {
		if (questionnaire == null) {
			questionnaire = Questionnaire.load(knowledgeBase.resolve("questionnaire.json"));
		}
		return questionnaire;
	}

	Path examples() {
		return knowledgeBase.resolve("examples");
	}

	LiveRuleBase load(Path rules) throws IOException, RuleCompilationException {
		return LiveRuleBase.load(rules, new RuleBaseCompiler(),
				new RuleValidator(knowledge(), questionnaire()).asReloadGate());
	}

	Advisor advisor(LiveRuleBase rules) {
		return new Advisor(questionnaire(), knowledge(), rules);
	}

	/** Prints the errors that kept a rules folder from loading, each as {@code file:line:column: message}. */
	static void printErrors(CommandSpec spec, Path rules, RuleCompilationException e) {
		PrintWriter err = spec.commandLine().getErr();
		err.println(CliLanguage.say(spec, "impact.rulesErrors", rules));
		e.problems().stream().filter(p -> p.level() == RuleProblem.Level.ERROR)
			.forEach(p -> err.println(rules.resolve(p.file()) + p.toString().substring(p.file().length())));
	}

}
