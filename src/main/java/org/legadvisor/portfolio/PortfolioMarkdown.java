package org.legadvisor.portfolio;

import java.util.List;

import org.legadvisor.language.Language;
import org.legadvisor.language.Words;

/** The portfolio as a Markdown document to share: the LEGs, the challenges, the most frequent findings and actions. */
public final class PortfolioMarkdown {

	/** How many findings and actions the document lists; the CSV has them all. */
	static final int TOP = 10;

	private static final String NL = "\n";

	private final Words words;

	/** In English. */
	public PortfolioMarkdown() {
		this(Words.in(Language.ENGLISH));
	}

	/** In the language of {@code words}. */
	public PortfolioMarkdown(Words words) {
		this.words = words;
	}

	public String render(PortfolioSummary summary) {
		StringBuilder md = new StringBuilder();
		int of = summary.assessed().size();
		md.append("# ").append(words.get("portfolio.title")).append(NL).append(NL);
		md.append(words.format("portfolio.counts", of, summary.failed().size())).append(NL).append(NL);
		md.append("## ").append(words.get("portfolio.legs")).append(NL).append(NL);
		md.append(row(words.get("portfolio.leg"), words.get("portfolio.source"), words.get("portfolio.findings"),
				words.get("portfolio.actions"))).append("|---|---|---|---|").append(NL);
		summary.assessed().forEach(a -> md.append(row(cell(a.report().leg() == null ? "" : a.report().leg().name()),
				cell(a.source()), String.valueOf(a.report().summary().findings()),
				String.valueOf(a.report().summary().actions()))));
		counts(md, "portfolio.challenges", summary.challenges(), of, Integer.MAX_VALUE);
		counts(md, "portfolio.topFindings", summary.findings(), of, TOP);
		counts(md, "portfolio.topActions", summary.actions(), of, TOP);
		if (!summary.failed().isEmpty()) {
			md.append(NL).append("## ").append(words.get("portfolio.failed")).append(NL).append(NL);
			summary.failed().forEach(f -> md.append("- ").append(f.source()).append(": ")
				.append(f.reason().replace("\n", " ").replaceAll("\\s+", " ").strip()).append(NL));
		}
		return md.toString();
	}

	private void counts(StringBuilder md, String heading, List<PortfolioSummary.Count> counts, int of, int top) {
		md.append(NL).append("## ").append(words.get(heading)).append(NL).append(NL);
		if (counts.isEmpty()) {
			md.append(words.get("portfolio.none")).append(NL);
			return;
		}
		md.append(row(words.get("portfolio.item"), words.get("portfolio.legsShowing"))).append("|---|---|").append(NL);
		counts.stream().limit(top)
			.forEach(c -> md.append(row(cell(c.title()), words.format("portfolio.share", c.legs(), of))));
	}

	private static String row(String... cells) {
		return "| " + String.join(" | ", cells) + " |" + NL;
	}

	private static String cell(String text) {
		return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
	}

}
