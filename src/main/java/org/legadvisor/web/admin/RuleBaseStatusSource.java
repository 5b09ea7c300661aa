package org.legadvisor.web.admin;

import java.util.List;

import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleBaseStatus;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.web.LegAdvisorProperties;
import org.springframework.stereotype.Component;

/**
 * The status of the live rule base, as the API and the health check report it: in full to an administrator, and
 * without the server's folders to anyone else (a problem that names the rules folder, such as one that could not be
 * read, names it as "the rules folder").
 */
@Component
class RuleBaseStatusSource {

	private static final String FOLDER_FOR_THE_PUBLIC = "the rules folder";

	private final LiveRuleBase rules;

	private final LegAdvisorProperties properties;

	RuleBaseStatusSource(LiveRuleBase rules, LegAdvisorProperties properties) {
		this.rules = rules;
		this.properties = properties;
	}

	RuleBaseStatus status() {
		return rules.status();
	}

	RuleBaseState state(boolean administrator) {
		return state(rules.status(), administrator);
	}

	/** The state after a given status, such as the one a reload returned. */
	RuleBaseState state(RuleBaseStatus status, boolean administrator) {
		List<String> problems = status.problems().stream().map(RuleProblem::toString)
			.map(problem -> administrator ? problem : withoutFolder(problem)).toList();
		return new RuleBaseState(status.current().contentHash(), status.current().loadedAt(), rules.rules().size(),
				administrator ? properties.rules().toAbsolutePath().toString() : null,
				new RuleBaseState.Reload(status.outcome().name(), status.lastAttempt(), problems));
	}

	/** A folder given as relative (the default, {@code rules}) says nothing about the server and is left as is. */
	private String withoutFolder(String text) {
		return text.replace(properties.rules().toAbsolutePath().toString(), FOLDER_FOR_THE_PUBLIC);
	}

}
