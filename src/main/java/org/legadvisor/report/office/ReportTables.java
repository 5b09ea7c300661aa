package org.legadvisor.report.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.legadvisor.language.Words;
import org.legadvisor.report.Report;

/**
 * The tables both office formats show, built once from the report: headers in words, cells in words (titles and
 * labels, never ids), so that Word and Excel say the same thing.
 */
final class ReportTables {

	/** A table: its header and rows of cells; a number cell is a {@link Number}, everything else text. */
	record Table(List<String> header, List<List<Object>> rows) {
	}

	private ReportTables() {
	}

	static Table principles(Report report) {
		Words words = report.words();
		List<List<Object>> rows = new ArrayList<>();
		for (Report.PrincipleItem p : report.profile()) {
			rows.add(List.of(text(p.name()), p.score() == null ? "" : (Object) p.score(), text(p.levelLabel()),
					words.format("report.profile.answeredOf", p.answered(), p.applicable()), p.findings()));
		}
		return new Table(List.of(words.get("report.profile.principle"), words.get("report.profile.score"),
				words.get("report.profile.level"), words.get("report.profile.answered"),
				words.get("report.profile.findings")), rows);
	}

	static Table findings(Report report) {
		Words words = report.words();
		List<List<Object>> rows = new ArrayList<>();
		for (Report.FindingItem f : report.findings()) {
			rows.add(List.of(text(f.title()), text(f.severity()), text(f.challengeName()), text(f.principleName()),
					f.evidence().stream().map(e -> e.questionText() + " " + e.answerLabel())
						.collect(Collectors.joining("; ")),
					f.basis() == null ? "" : words.get(f.basis().practice() ? "report.basis.practice" : "report.basis.paper")
							+ " " + f.basis().words()));
		}
		return new Table(List.of(words.get("office.finding"), words.get("office.severity"),
				words.get("report.finding.challenge"), words.get("report.profile.principle"),
				words.get("report.finding.evidence"), words.get("report.finding.basis")), rows);
	}

	/** The ranked actions; {@code plan} adds the empty columns a LEG fills in to make them its plan. */
	static Table actions(Report report, boolean plan) {
		Words words = report.words();
		List<List<Object>> rows = new ArrayList<>();
		for (Report.ActionItem a : report.actions()) {
			List<Object> row = new ArrayList<>(List.of(a.rank(), text(a.title()), text(a.responsibleLabel()),
					text(a.horizonLabel()), text(a.firstStep())));
			if (plan) {
				row.addAll(List.of("", "", ""));
			}
			rows.add(row);
		}
		List<String> header = new ArrayList<>(List.of(words.get("report.actions.rank"),
				words.get("report.actions.action"), words.get("report.actions.lead"), words.get("report.actions.horizon"),
				words.get("office.firstStep")));
		if (plan) {
			header.addAll(List.of(words.get("office.owner"), words.get("office.dueDate"), words.get("office.status")));
		}
		return new Table(header, rows);
	}

	/** Every answer the report cites (in its context, notes and findings), each question once, as words. */
	static Table answers(Report report) {
		Words words = report.words();
		Map<String, String[]> byQuestion = new LinkedHashMap<>();
		report.context().items().stream().flatMap(c -> c.from().stream())
			.forEach(e -> byQuestion.putIfAbsent(e.question(), new String[] { text(e.questionText()), text(e.answerLabel()) }));
		report.notes().forEach(n -> byQuestion.putIfAbsent(n.question(), new String[] { text(n.questionText()), text(n.text()) }));
		report.findings().stream().flatMap(f -> f.evidence().stream())
			.forEach(e -> byQuestion.putIfAbsent(e.question(), new String[] { text(e.questionText()), text(e.answerLabel()) }));
		List<List<Object>> rows = byQuestion.values().stream().map(qa -> List.<Object>of(qa[0], qa[1])).toList();
		return new Table(List.of(words.get("office.question"), words.get("office.answer")), rows);
	}

	/** The LEG's identity lines: country, date, respondent, where given. */
	static List<String> identity(Report report) {
		var leg = report.leg();
		Words words = report.words();
		return Stream.of(line(words, "report.country", leg.country()), line(words, "report.assessedOn", leg.assessedOn()),
				line(words, "report.respondent", leg.respondent())).filter(s -> !s.isEmpty()).toList();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String line(Words words, String key, String value) {
		return value == null || value.isBlank() ? "" : words.format("office.labelled", words.get(key), value);
	}

}
