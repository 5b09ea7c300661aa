package org.legadvisor.portfolio;

import java.util.List;

import org.legadvisor.interchange.Words;

/** The portfolio as a Markdown document to share: the LEGs, the challenges, the most frequent findings and actions. */
public final class PortfolioMarkdown {

	/** How many findings and actions the document lists; the CSV has them all. */
	static final int TOP = 10;

	private static final String NL = "\n";

	public String render(PortfolioSummary summary) {
		StringBuilder md = new StringBuilder();
		int of = summary.assessed().size();
		md.append("# ").append(Words.get("portfolio.title")).append(NL).append(NL);
		md.append(Words.format("portfolio.counts", of, summary.failed().size())).append(NL).append(NL);
		md.append("## ").append(Words.get("portfolio.legs")).append(NL).append(NL);
		md.append(row(Words.get("portfolio.leg"), Words.get("portfolio.source"), Words.get("portfolio.findings"),
				Words.get("portfolio.actions"))).append("|---|---|---|---|").append(NL);
		summary.assessed().forEach(a -> md.append(row(cell(a.report().leg() == null ? "" : a.report().leg().name()),
				cell(a.source()), String.valueOf(a.report().summary().findings()),
				String.valueOf(a.report().summary().actions()))));
		counts(md, "portfolio.challenges", summary.challenges(), of, Integer.MAX_VALUE);
		counts(md, "portfolio.topFindings", summary.findings(), of, TOP);
		counts(md, "portfolio.topActions", summary.actions(), of, TOP);
		if (!summary.failed().isEmpty()) {
			md.append(NL).append("## ").append(Words.get("portfolio.failed")).append(NL).append(NL);
			summary.failed().forEach(f -> md.append("- ").append(f.source()).append(": ")
				.append(f.reason().replace("\n", " ").replaceAll("\\s+", " ").strip()).append(NL));
		}
		return md.toString();
	}

	private static void counts(StringBuilder md, String heading, List<PortfolioSummary.Count> counts, int of, int top) {
		md.append(NL).append("## ").append(Words.get(heading)).append(NL).append(NL);
		if (counts.isEmpty()) {
			md.append(Words.get("portfolio.none")).append(NL);
			return;
		}
		md.append(row(Words.get("portfolio.item"), Words.get("portfolio.legsShowing"))).append("|---|---|").append(NL);
		counts.stream().limit(top)
			.forEach(c -> md.append(row(cell(c.title()), Words.format("portfolio.share", c.legs(), of))));
	}

	private static String row(String... cells) {
		return "| " + String.join(" | ", cells) + " |" + NL;
	}

	private static String cell(String text) {
		return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
	}

}
