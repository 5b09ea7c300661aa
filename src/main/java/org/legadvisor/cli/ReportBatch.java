package org.legadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.engine.RuleSessionLimitException;
import org.legadvisor.language.Language;
import org.legadvisor.language.Localized;
import org.legadvisor.language.Translator;
import org.legadvisor.portfolio.PortfolioCsv;
import org.legadvisor.portfolio.PortfolioMarkdown;
import org.legadvisor.portfolio.PortfolioSummary;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.report.Report;
import org.legadvisor.report.ReportBuilder;
import org.legadvisor.report.ReportFormat;

/**
 * Assesses many LEGs on one rule base: each report to its own file in a folder, then the portfolio summary beside
 * them (portfolio.csv, portfolio.md). A LEG that cannot be assessed is said and skipped; the batch goes on.
 */
final class ReportBatch {

	/** Where one LEG's answers come from: a name for messages, the stem of its report's file, and how to read it. */
	record Item(String source, String stem, Source answers) {
	}

	@FunctionalInterface
	interface Source {
		AnswersDocument read() throws IOException, InvalidAnswersException;
	}

	private final Advisor advisor;

	/** The language of the reports, the summary and the messages. */
	private final Localized localized;

	private final PrintWriter err;

	/** A progress line is drawn only on a terminal, where it is rewritten in place. */
	private final boolean terminal;

	ReportBatch(Advisor advisor, Language language, PrintWriter err, boolean terminal) {
		this.advisor = advisor;
		this.localized = new Translator(advisor.questionnaire(), advisor.knowledge()).in(language);
		this.err = err;
		this.terminal = terminal;
	}

	PortfolioSummary run(List<Item> items, Path folder, ReportFormat format) throws IOException {
		Files.createDirectories(folder);
		ReportBuilder builder = new ReportBuilder(localized);
		List<PortfolioSummary.Assessed> assessed = new ArrayList<>();
		List<PortfolioSummary.Failed> failed = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			progress(i, items.size(), item.source());
			try {
				Report report = builder.build(advisor.assess(item.answers().read()));
				Files.write(folder.resolve(item.stem() + "." + format.extension()), format.bytes(report));
				assessed.add(new PortfolioSummary.Assessed(item.source(), report));
			}
			catch (InvalidAnswersException | RuleSessionLimitException | IOException e) {
				String reason = reason(e);
				clearProgress();
				err.println(item.source() + ": " + reason);
				failed.add(new PortfolioSummary.Failed(item.source(), reason));
			}
		}
		clearProgress();
		PortfolioSummary summary = PortfolioSummary.of(assessed, failed, localized.knowledge().framework());
		Files.writeString(folder.resolve("portfolio.csv"), new PortfolioCsv().render(summary), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("portfolio.md"), new PortfolioMarkdown(localized.words()).render(summary), StandardCharsets.UTF_8);
		err.println(localized.words().format("batch.written", assessed.size(), failed.size(), folder));
		return summary;
	}

	private void progress(int done, int total, String current) {
		if (!terminal) {
			return;
		}
		int width = 20;
		int filled = total == 0 ? width : done * width / total;
		err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " " + current
				+ "\u001B[K");
		err.flush();
	}

	private void clearProgress() {
		if (terminal) {
			err.print("\r\u001B[K");
			err.flush();
		}
	}

	/** Why a LEG could not be assessed, in words: its answers' problems, a rule stopped, or a file not read. */
	private String reason(Exception e) {
		if (e instanceof NoSuchFileException) {
			return localized.words().get("batch.notFound");
		}
		if (e instanceof InvalidAnswersException refused) {
			return refused.in(localized.problemWords()).getMessage();
		}
		return e.getMessage() == null ? localized.words().get("batch.unreadable") : e.getMessage();
	}

}
