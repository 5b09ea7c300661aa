package org.legadvisor.interchange.submissions;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import org.legadvisor.interchange.submissions.SubmissionColumns.Column;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.QuestionType;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * One exported submission as an answers document, unchecked: an empty cell is a question not answered, a number
 * cell becomes a number, a multiple choice is read from its space-separated column or from its option columns
 * (1/0, TRUE/FALSE). A cell that is not what its question takes is kept as text, so that the validator says what
 * was wrong with it.
 */
final class SubmissionMapper {

	private static final Set<String> TICKED = Set.of("1", "true", "yes");

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final Questionnaire questionnaire;

	private final SubmissionColumns columns;

	SubmissionMapper(Questionnaire questionnaire, SubmissionColumns columns) {
		this.questionnaire = questionnaire;
		this.columns = columns;
	}

	AnswersDocument document(SubmissionTable table, List<String> row) {
		Map<String, String> leg = new LinkedHashMap<>();
		columns.columns().stream().filter(c -> c.legField() != null)
			.forEach(c -> leg.put(c.legField(), emptyToNull(table.cell(row, c.index()))));
		Map<String, JsonNode> answers = new LinkedHashMap<>();
		columns.byQuestion().forEach((id, its) -> {
			JsonNode answer = answer(questionnaire.question(id).orElseThrow().type(), its, table, row);
			if (answer != null) {
				answers.put(id, answer);
			}
		});
		return new AnswersDocument(questionnaire.version(), new AnswersDocument.Leg(leg.get("name"), leg.get("country"),
				leg.get("assessedOn"), leg.get("respondent")), answers);
	}

	private static JsonNode answer(QuestionType type, List<Column> its, SubmissionTable table, List<String> row) {
		Column first = its.get(0);
		if (first.option() != null) {
			return ticked(its, table, row);
		}
		String cell = table.cell(row, first.index());
		if (cell.isEmpty()) {
			return null;
		}
		return switch (type) {
			case NUMBER -> number(cell);
			case MULTI_CHOICE -> choices(Arrays.asList(cell.split("\\s+")));
			default -> TextNode.valueOf(cell);
		};
	}

	/** The options ticked in one-column-per-option layout; unanswered when no option column has a value. */
	private static JsonNode ticked(List<Column> its, SubmissionTable table, List<String> row) {
		if (its.stream().allMatch(c -> table.cell(row, c.index()).isEmpty())) {
			return null;
		}
		List<String> chosen = new ArrayList<>();
		its.stream().filter(c -> TICKED.contains(table.cell(row, c.index()).toLowerCase(Locale.ROOT)))
			.forEach(c -> chosen.add(c.option()));
		return choices(chosen);
	}

	private static JsonNode choices(List<String> chosen) {
		if (chosen.equals(List.of(Answer.DONT_KNOW))) {
			return TextNode.valueOf(Answer.DONT_KNOW);
		}
		ArrayNode list = JSON.arrayNode();
		chosen.forEach(list::add);
		return list;
	}

	private static JsonNode number(String cell) {
		try {
			BigDecimal value = new BigDecimal(cell);
			if (value.stripTrailingZeros().scale() > 0) {
				return JSON.numberNode(value.doubleValue());
			}
			BigInteger whole = value.toBigIntegerExact();
			return whole.bitLength() < 32 ? JSON.numberNode(whole.intValue()) : JSON.numberNode(whole);
		}
		catch (NumberFormatException | ArithmeticException e) {
			return TextNode.valueOf(cell);
		}
	}

	private static String emptyToNull(String cell) {
		return cell.isEmpty() ? null : cell;
	}

}
