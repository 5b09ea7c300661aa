package org.legadvisor.report;

import java.util.function.Function;

import org.legadvisor.report.html.HtmlReport;

/** The formats a report is rendered in. */
public enum ReportFormat {

	text(new TextReport()::render), markdown(new MarkdownReport()::render), json(new JsonReport()::render),
	html(new HtmlReport()::render);

	private final Function<Report, String> renderer;

	ReportFormat(Function<Report, String> renderer) {
		this.renderer = renderer;
	}

	public String render(Report report) {
		return renderer.apply(report);
	}

}
