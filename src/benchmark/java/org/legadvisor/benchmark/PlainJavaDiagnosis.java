package org.legadvisor.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.legadvisor.questionnaire.Answer;

/**
 * The baseline of the benchmarks: the checks of the first rule set ({@code src/test/resources/benchmark/first-rules})
 * hand-coded in plain Java, returning the ids of the findings the rules would conclude. It exists only so that the
 * engine's cost can be stated as a ratio; a test keeps it in step with the rules.
 */
final class PlainJavaDiagnosis {

	List<String> findingIds(Map<String, Answer> answers) {
		List<String> ids = new ArrayList<>();
		boolean crisis = is(answers, "context.setting", "crisis");
		if (is(answers, "tor.exists", "no")) {
			ids.add("P1-no-tor");
		}
		if (is(answers, "tor.exists", "partly")) {
			ids.add("P1-tor-draft");
		}
		if (number(answers, "tor.years_since_review") > 3) {
			ids.add("P1-tor-outdated");
		}
		if (is(answers, "finance.member", "no")) {
			ids.add("P2-finance-not-member");
		}
		if (isAny(answers, "finance.member", Set.of("yes", "partly"))
				&& isAny(answers, "finance.attendance", Set.of("rarely", "never"))) {
			ids.add("P2-finance-absent");
		}
		double cso = number(answers, "members.cso");
		double total = number(answers, "members.total");
		if (cso == 0) {
			ids.add("P2-no-cso");
		}
		if (cso > 0 && total > 0 && cso < total * 0.15) {
			ids.add("P2-cso-token-share");
		}
		if (isAny(answers, "cso.selection", Set.of("invited_by_government", "invited_by_partners")) && cso > 0) {
			ids.add("P2-cso-hand-picked");
		}
		if (number(answers, "meetings.per_year") < 4) {
			ids.add(crisis ? "P4-meetings-rare-in-crisis" : "P4-meetings-rare");
		}
		if (isAny(answers, "chair.who", Set.of("coordinating_agency", "development_partner"))) {
			ids.add("P6-partner-chairs");
		}
		if (is(answers, "chair.who", "no_chair")) {
			ids.add("P6-no-chair");
		}
		if (is(answers, "chair.level", "technical_officer")) {
			ids.add("P6-chair-junior");
		}
		return ids;
	}

	private static boolean is(Map<String, Answer> answers, String question, String value) {
		Answer answer = answers.get(question);
		return answer != null && answer.value().equals(value);
	}

	private static boolean isAny(Map<String, Answer> answers, String question, Set<String> values) {
		Answer answer = answers.get(question);
		return answer != null && values.contains(answer.value());
	}

	/** NaN when unanswered or unknown: every comparison with NaN is false, as a rule on a missing number never fires. */
	private static double number(Map<String, Answer> answers, String question) {
		Answer answer = answers.get(question);
		return answer == null || answer.number() == null ? Double.NaN : answer.number();
	}

}
