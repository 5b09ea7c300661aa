package org.legadvisor.memory.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.memory.progress.Progress.AnswerChange;
import org.legadvisor.memory.progress.Progress.FindingRef;
import org.legadvisor.memory.progress.Progress.PrincipleChange;
import org.legadvisor.memory.progress.Progress.Side;
import org.legadvisor.memory.progress.Progress.Standing;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * Compares two rounds from what they kept: the report as produced (JSON, as the API gives it) and the answers
 * document. It reads the reports, never re-runs the rules, so that each side stands as it was assessed.
 */
public final class RoundComparison {

	/** One round to compare: its side as named to readers, its report and its answers document (both JSON). */
	public record Snapshot(Side side, JsonNode report, JsonNode answers) {
	}

	private final Questionnaire questionnaire;

	public RoundComparison(Questionnaire questionnaire) {
		this.questionnaire = questionnaire;
	}

	public Progress compare(Snapshot before, Snapshot after) {
		Map<String, FindingRef> was = findings(before.report());
		Map<String, FindingRef> is = findings(after.report());
		List<FindingRef> resolved = was.values().stream().filter(f -> !is.containsKey(f.id())).toList();
		List<FindingRef> added = is.values().stream().filter(f -> !was.containsKey(f.id())).toList();
		List<FindingRef> persisting = is.values().stream().filter(f -> was.containsKey(f.id())).toList();
		return new Progress(before.side(), after.side(), principles(before.report(), after.report()), resolved, added,
				persisting, answers(before.answers(), after.answers()));
	}

	private static Map<String, FindingRef> findings(JsonNode report) {
		Map<String, FindingRef> byId = new LinkedHashMap<>();
		for (JsonNode finding : report.path("findings")) {
			String id = finding.path("id").asText();
			byId.putIfAbsent(id, new FindingRef(id, finding.path("title").asText(), finding.path("severity").asText(),
					finding.path("principle").asText()));
		}
		return byId;
	}

	/** Every principle of either report, in the order of the later one. */
	private static List<PrincipleChange> principles(JsonNode before, JsonNode after) {
		Map<String, JsonNode> was = byPrinciple(before);
		Map<String, JsonNode> is = byPrinciple(after);
		Set<String> ids = new LinkedHashSet<>(is.keySet());
		ids.addAll(was.keySet());
		List<PrincipleChange> changes = new ArrayList<>();
		for (String id : ids) {
			Standing then = standing(was.get(id));
			Standing now = standing(is.get(id));
			JsonNode named = is.containsKey(id) ? is.get(id) : was.get(id);
			Integer change = then.score() == null || now.score() == null ? null : now.score() - then.score();
			changes.add(new PrincipleChange(id, named.path("name").asText(), then, now, change));
		}
		return changes;
	}

	private static Map<String, JsonNode> byPrinciple(JsonNode report) {
		Map<String, JsonNode> byId = new LinkedHashMap<>();
		report.path("profile").forEach(item -> byId.put(item.path("principle").asText(), item));
		return byId;
	}

	private static Standing standing(JsonNode item) {
		if (item == null) {
			return new Standing(null, null, null);
		}
		JsonNode score = item.path("score");
		return new Standing(score.isNumber() ? score.intValue() : null, textOrNull(item.path("level")),
				textOrNull(item.path("levelLabel")));
	}

	/** The answers that differ, in questionnaire order (then any other question, by id). */
	private List<AnswerChange> answers(JsonNode before, JsonNode after) {
		JsonNode was = before.path("answers");
		JsonNode is = after.path("answers");
		Set<String> ids = new LinkedHashSet<>();
		questionnaire.questions().forEach(q -> ids.add(q.id()));
		was.fieldNames().forEachRemaining(ids::add);
		is.fieldNames().forEachRemaining(ids::add);
		List<AnswerChange> changes = new ArrayList<>();
		for (String id : ids) {
			JsonNode then = was.get(id);
			JsonNode now = is.get(id);
			if (!Objects.equals(then, now)) {
				String text = questionnaire.question(id).map(Questionnaire.Question::text).orElse(id);
				changes.add(new AnswerChange(id, text, then, now));
			}
		}
		return changes;
	}

	private static String textOrNull(JsonNode node) {
		return node.isMissingNode() || node.isNull() ? null : node.asText();
	}

}
