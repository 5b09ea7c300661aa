package org.legadvisor.cli;

import java.nio.file.Path;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.engine.RuleRunner;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Questionnaire;
import picocli.CommandLine.Option;

/** Where the rules and the knowledge base live; shared by every subcommand. */
final class Locations {

	@Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
			description = "Folder of DRL rule files (default: ${DEFAULT-VALUE}).")
	Path rules;

	@Option(names = "--knowledge-base", paramLabel = "DIR", defaultValue = "knowledge-base",
			description = "Folder of the questionnaire, framework and action catalogue (default: ${DEFAULT-VALUE}).")
	Path knowledgeBase;

	KnowledgeBase knowledge() {
		return KnowledgeBase.load(knowledgeBase);
	}

	Questionnaire questionnaire() {
		return Questionnaire.load(knowledgeBase.resolve("questionnaire.json"));
	}

	/** An advisor on these rules, with the questionnaire and knowledge base of this location. */
	Advisor advisor(RuleRunner rules) {
		return new Advisor(questionnaire(), knowledge(), rules);
	}

}
