package org.legadvisor.web.assessment;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectWriter;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.assessment.Assessment;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.language.Language;
import org.legadvisor.language.Translator;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.report.Report;
import org.legadvisor.report.ReportBuilder;
import org.legadvisor.report.ReportFormat;

/**
 * CPU time and allocation of the work behind {@code POST /api/assessments}, without HTTP, one thread, stage by stage:
 * read the answers, assess, build the report, write it as JSON (full, as a string and as the UTF-8 bytes sent, and
 * summary); then the whole of it, as the service does it. Measured in thread CPU time, so
 * that the figures hold on a machine that other work loads (wall time would not). Run with
 * {@code mvn -B -Pbenchmark test-compile exec:exec -Dbenchmark.main=org.legadvisor.web.assessment.RequestCpuProbe
 * -Dbenchmark.args="donor-chaired-no-tor en 4000"}.
 */
public final class RequestCpuProbe {

	private static final com.sun.management.ThreadMXBean THREADS =
			(com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

	private static final int ROUNDS = 5;

	private RequestCpuProbe() {
	}

	interface Step {

		Object run() throws Exception;

	}

	public static void main(String[] args) throws Exception {
		String profile = args.length > 0 ? args[0] : "donor-chaired-no-tor";
		Language language = new Language(args.length > 1 ? args[1] : "en");
		int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
		byte[] body = Files.readAllBytes(AdvisorFixture.EXAMPLES.resolve(profile + ".json"));
		try (AdvisorFixture fixture = new AdvisorFixture()) {
			Translator translator = new Translator(
					Questionnaire.load(AdvisorFixture.KNOWLEDGE_BASE.resolve("questionnaire.json")),
					KnowledgeBase.load(AdvisorFixture.KNOWLEDGE_BASE));
			Reports reports = new Reports(fixture.advisor(), translator);
			ReportBuilder builder = new ReportBuilder(translator.in(language));
			ObjectWriter summaryJson = JsonFiles.mapper().writerWithDefaultPrettyPrinter();
			AnswersReader reader = new AnswersReader();
			AnswersDocument document = reader.read(new ByteArrayInputStream(body));
			Assessment assessment = fixture.advisor().assess(document);
			Report report = builder.build(assessment);
			List<Step> steps = List.of(() -> reader.read(new ByteArrayInputStream(body)),
					() -> fixture.advisor().assess(document), () -> builder.build(assessment),
					() -> ReportFormat.json.render(report), () -> ReportFormat.json.bytes(report),
					() -> summaryJson.writeValueAsString(SummaryReport.of(report)),
					() -> ReportFormat.json.bytes(reports.assess(reader.read(new ByteArrayInputStream(body)), language)),
					() -> summaryJson.writeValueAsString(
							SummaryReport.of(reports.assess(reader.read(new ByteArrayInputStream(body)), language))));
			List<String> names = List.of("read answers", "assess", "build report", "JSON full", "JSON full bytes",
					"JSON summary",
					"whole, full", "whole, summary");
			// Warm-up: every step, so that the JIT has compiled them all before any is measured.
			measure(steps.get(6), 3 * iterations);
			for (Step step : steps) {
				measure(step, iterations);
			}
			System.out.printf(Locale.ROOT, "%s, %s, %d iterations x %d rounds: median (min) per operation%n", profile,
					language.code(), iterations, ROUNDS);
			for (int s = 0; s < steps.size(); s++) {
				List<double[]> rounds = new ArrayList<>();
				for (int r = 0; r < ROUNDS; r++) {
					rounds.add(measure(steps.get(s), iterations));
				}
				List<Double> cpu = new ArrayList<>(rounds.stream().map(x -> x[0]).toList());
				List<Double> bytes = new ArrayList<>(rounds.stream().map(x -> x[1]).toList());
				Collections.sort(cpu);
				Collections.sort(bytes);
				System.out.printf(Locale.ROOT, "%-16s CPU %8.1f us (%8.1f)   allocated %8.1f KB%n", names.get(s),
						cpu.get(ROUNDS / 2), cpu.get(0), bytes.get(ROUNDS / 2) / 1024);
			}
		}
	}

	/** CPU microseconds and bytes allocated per run of the step, on this thread. */
	private static double[] measure(Step step, int iterations) throws Exception {
		long thread = Thread.currentThread().getId();
		long bytes = THREADS.getThreadAllocatedBytes(thread);
		long cpu = THREADS.getCurrentThreadCpuTime();
		Object sink = null;
		for (int i = 0; i < iterations; i++) {
			sink = step.run();
		}
		long spent = THREADS.getCurrentThreadCpuTime() - cpu;
		long allocated = THREADS.getThreadAllocatedBytes(thread) - bytes;
		if (sink == null) {
			throw new IllegalStateException("no result");
		}
		return new double[] { spent / 1000.0 / iterations, (double) allocated / iterations };
	}

}
