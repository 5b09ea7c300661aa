package org.legadvisor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.knowledge.Action;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.knowledge.PriorityModel;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.questionnaire.QuestionType;
import org.legadvisor.questionnaire.Questionnaire.Question;

/**
 * The weights table and the sensitivity table of {@code knowledge-base/README.md} are generated from
 * {@code priorities.json} and from real assessments, so they stay true: this test fails when the README differs,
 * and rewrites it when run with {@code -Dreadme.update=true}.
 */
class RankingDocumentationTest {

	private static final Path README = AdvisorFixture.KNOWLEDGE_BASE.resolve("README.md");

	/** The example the sensitivity is measured from: a LEG with many findings, so most answers move something. */
	static final String BASELINE = "donor-chaired-no-tor";

	private static final int ACTIONS_SHOWN = 8;

	private static final int MOVES_SHOWN = 4;

	@Test
	void theReadmeShowsTheWeightsAndTheSensitivityAsTheyAre() throws Exception {
		String readme = Files.readString(README);
		String updated = replace(readme, "ranking-weights", weights(KnowledgeBase.load(AdvisorFixture.KNOWLEDGE_BASE)));
		try (AdvisorFixture fixture = new AdvisorFixture()) {
			updated = replace(updated, "ranking-sensitivity", sensitivity(fixture));
		}
		if (Boolean.getBoolean("readme.update")) {
			Files.writeString(README, updated);
		}
		assertThat(readme).as("knowledge-base/README.md is out of date: run this test with -Dreadme.update=true")
			.isEqualTo(updated);
	}

	private static String replace(String readme, String marker, String table) {
		String start = "<!-- " + marker + ":start -->\n";
		String end = "<!-- " + marker + ":end -->";
		int from = readme.indexOf(start);
		int to = readme.indexOf(end);
		assertThat(from).as("README marker " + marker).isNotNegative();
		assertThat(to).as("README marker " + marker).isGreaterThan(from);
		return readme.substring(0, from + start.length()) + table + readme.substring(to);
	}

	static String weights(KnowledgeBase knowledge) {
		PriorityModel model = knowledge.priorities();
		StringBuilder out = new StringBuilder("| Weight | Points | Why |\n|---|---|---|\n");
		model.severity().forEach((severity, w) -> row(out, "Severity " + severity, w.points(), w.about()));
		for (PriorityModel.Place place : model.foundational().order()) {
			row(out, "Foundation " + place.principle(), model.foundationalWeight(place.principle()), place.about());
		}
		row(out, "Each further finding", model.perExtraFinding().points(), model.perExtraFinding().about());
		for (Action.Horizon horizon : Action.Horizon.values()) {
			PriorityModel.Weight w = model.horizon().get(horizon);
			row(out, "Horizon " + horizon, w.points(), w.about());
		}
		for (PriorityModel.Raise raise : model.raises()) {
			row(out, "Raise " + raise.id() + " (" + raise.principle() + ")", raise.points(), raise.about());
		}
		row(out, "Focus chosen by the LEG", model.focus().points(), model.focus().about());
		return out.toString();
	}

	private static void row(StringBuilder out, String weight, int points, String why) {
		out.append("| ").append(weight).append(" | ").append(points).append(" | ").append(why.replace("|", "\\|"))
			.append(" |\n");
	}

	/**
	 * For each of the baseline's first actions, the single answers that move it most, up and down: every other
	 * answer of every closed question, one at a time (changes the questionnaire refuses are left out).
	 */
	static String sensitivity(AdvisorFixture fixture) throws Exception {
		List<String> baseline = ranking(fixture, Map.of());
		Map<String, List<Move>> moves = new LinkedHashMap<>();
		baseline.stream().limit(ACTIONS_SHOWN).forEach(id -> moves.put(id, new ArrayList<>()));
		for (Question question : fixture.advisor().questionnaire().questions()) {
			for (Object value : alternatives(question)) {
				List<String> changed;
				try {
					changed = ranking(fixture, Map.of(question.id(), value));
				}
				catch (InvalidAnswersException refused) {
					continue;
				}
				// an action no longer needed moves the others up by nothing: places are counted among those still there
				List<String> remaining = baseline.stream().filter(changed::contains).toList();
				for (String id : moves.keySet()) {
					int before = remaining.indexOf(id);
					int after = changed.indexOf(id);
					if (after < 0 || after != before) {
						moves.get(id).add(new Move(question.id() + " = " + label(value), after < 0 ? null : before - after));
					}
				}
			}
		}
		StringBuilder out = new StringBuilder("From `examples/" + BASELINE + ".json`, changing one answer at a time ("
				+ "the largest moves, in places among the actions still needed; \"gone\" when the action is no longer "
				+ "needed):\n\n"
				+ "| Rank | Action | Moves up with | Moves down with |\n|---|---|---|---|\n");
		int rank = 1;
		for (Map.Entry<String, List<Move>> entry : moves.entrySet()) {
			List<Move> all = entry.getValue();
			out.append("| ").append(rank++).append(" | `").append(entry.getKey()).append("` | ")
				.append(describe(all.stream().filter(m -> m.places() != null && m.places() > 0)
					.sorted(Comparator.comparing(Move::places).reversed()).toList()))
				.append(" | ")
				.append(describe(all.stream().filter(m -> m.places() == null || m.places() < 0)
					.sorted(Comparator.comparing((Move m) -> m.places() == null ? Integer.MIN_VALUE : m.places())).toList()))
				.append(" |\n");
		}
		return out.toString();
	}

	private record Move(String answer, Integer places) {

		String words() {
			return "`" + answer + "` " + (places == null ? "(gone)" : "(" + (places > 0 ? "+" : "") + places + ")");
		}

	}

	private static String describe(List<Move> moves) {
		if (moves.isEmpty()) {
			return "–";
		}
		String shown = String.join("; ", moves.stream().limit(MOVES_SHOWN).map(Move::words).toList());
		return moves.size() > MOVES_SHOWN ? shown + "; and " + (moves.size() - MOVES_SHOWN) + " more" : shown;
	}

	private static List<String> ranking(AdvisorFixture fixture, Map<String, Object> changes) throws Exception {
		return fixture.assess(AdvisorFixture.profile(BASELINE, changes)).actions().stream()
			.map(p -> p.action().id()).toList();
	}

	/** Every answer a closed question accepts, a multiple choice one choice at a time; none for numbers and text. */
	private static List<Object> alternatives(Question question) {
		if (question.type() == QuestionType.YES_PARTLY_NO) {
			return List.copyOf(Answer.YES_PARTLY_NO);
		}
		if (question.type() == QuestionType.SINGLE_CHOICE) {
			return question.options().stream().map(o -> (Object) o.value()).toList();
		}
		if (question.type() == QuestionType.MULTI_CHOICE) {
			return question.options().stream().map(o -> (Object) List.of(o.value())).toList();
		}
		return List.of();
	}

	private static String label(Object value) {
		return value instanceof List<?> list ? "[" + list.get(0) + "]" : value.toString();
	}

}
