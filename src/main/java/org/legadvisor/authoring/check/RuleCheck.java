package org.legadvisor.authoring.check;

import java.util.List;

import org.legadvisor.authoring.drl.RuleModel;

/** One check of the rules as written against the knowledge base; each check finds one kind of problem or a few. */
interface RuleCheck {

	List<RuleIssue> check(RuleModel model);

}
