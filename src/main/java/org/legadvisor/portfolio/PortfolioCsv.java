package org.legadvisor.portfolio;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The portfolio as one CSV table for a spreadsheet: each challenge, finding and action with the number of LEGs
 * that show it, out of the LEGs assessed.
 */
public final class PortfolioCsv {

	public static final List<String> COLUMNS = List.of("kind", "title", "legs", "of_legs");

	public String render(PortfolioSummary summary) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			csv.printRecord(COLUMNS);
			int of = summary.assessed().size();
			print(csv, "challenge", summary.challenges(), of);
			print(csv, "finding", summary.findings(), of);
			print(csv, "action", summary.actions(), of);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private static void print(CSVPrinter csv, String kind, List<PortfolioSummary.Count> counts, int of)
			throws IOException {
		for (PortfolioSummary.Count count : counts) {
			csv.printRecord(kind, count.title(), count.legs(), of);
		}
	}

}
