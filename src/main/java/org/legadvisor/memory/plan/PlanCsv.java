package org.legadvisor.memory.plan;

import org.legadvisor.memory.MemoryWords;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The action plan as CSV (RFC 4180, headings in words) for a spreadsheet. A cell that a spreadsheet would read as a
 * formula (starting with =, +, - or @) is prefixed with an apostrophe, so that an owner's or a note's text stays text.
 */
public final class PlanCsv {

	private PlanCsv() {
	}

	public static String render(ActionPlan.View plan) {
		StringBuilder csv = new StringBuilder();
		line(csv, Stream.of("rank", "action", "title", "findings", "owner", "dueOn", "status", "reason", "notes",
				"overdue", "doneButFindingPersists", "updatedBy", "updatedAt")
			.map(key -> MemoryWords.text("memory.csv." + key)).toList());
		for (ActionPlan.Row row : plan.actions()) {
			line(csv, List.of(text(row.rank()), row.actionId(), row.title(), String.join(" ", row.findings()),
					text(row.owner()), text(row.dueOn()),
					row.status() == null ? MemoryWords.text("memory.status.notAdopted")
							: MemoryWords.text("memory.status." + row.status()),
					text(row.reason()), text(row.notes()), yesNo(row.overdue()), yesNo(row.doneButFindingPersists()),
					text(row.updatedBy()), text(row.updatedAt())));
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<String> cells) {
		csv.append(cells.stream().map(PlanCsv::cell).collect(Collectors.joining(","))).append("\r\n");
	}

	private static String cell(String value) {
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
		return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static String yesNo(boolean flag) {
		return MemoryWords.text(flag ? "memory.csv.yes" : "memory.csv.no");
	}

}
