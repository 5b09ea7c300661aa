package org.legadvisor.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.legadvisor.assessment.Advisor;
import org.legadvisor.authoring.check.RuleValidator;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.memory.impact.EditedRules;
import org.legadvisor.memory.impact.Impact;
import org.legadvisor.memory.impact.ImpactCase;
import org.legadvisor.memory.impact.RuleImpact;
import org.legadvisor.memory.impact.StoredRoundCases;
import org.legadvisor.questionnaire.Questionnaire;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The impact of a rule edit on 10,000 stored rounds (issue 15: under 10 s on the 2-core machine): an H2 file database
 * made by the service's migrations, 100 LEGs of 100 rounds each (the bundled examples' answers in turn), the rules
 * in use and an edited copy ({@link EditedRules}) compiled once each. Timed: reading the rounds, then running each on
 * both rule bases and comparing, on every core and on one. Each measure is taken {@code RUNS} times after a warm-up
 * run, since a rule edit is tried on a service already warm; the first, cold run is printed too.
 * <p>
 * {@code mvn -B -Pbenchmark test-compile exec:exec -Dbenchmark.main=org.legadvisor.benchmark.ImpactBenchmark
 * -Dbenchmark.args=10000}
 * <p>
 * A second argument names a data folder to fill and keep instead of a throw-away one, so that the command line's own
 * {@code leg-advisor impact --data FOLDER} can be timed on the same 10,000 rounds.
 */
public final class ImpactBenchmark {

	private static final int RUNS = 3;

	private ImpactBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		Path folder = args.length > 1 ? Files.createDirectories(Path.of(args[1]))
				: Files.createTempDirectory("impact-benchmark");
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:file:" + folder.resolve("leg-advisor") + ";DB_CLOSE_ON_EXIT=FALSE");
		Flyway.configure().dataSource(database).load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		fill(jdbc, rounds);

		Questionnaire questionnaire = Questionnaire.load(Path.of("knowledge-base/questionnaire.json"));
		KnowledgeBase knowledge = KnowledgeBase.load(Path.of("knowledge-base"));
		RuleValidator validator = new RuleValidator(knowledge, questionnaire);
		Path edited = EditedRules.copyInto(Files.createTempDirectory("impact-benchmark-rules"));
		try (LiveRuleBase current = LiveRuleBase.load(Path.of("rules"), new RuleBaseCompiler(), validator.asReloadGate());
				LiveRuleBase candidate = LiveRuleBase.load(edited, new RuleBaseCompiler(), validator.asReloadGate())) {
			Advisor before = new Advisor(questionnaire, knowledge, current);
			Advisor after = new Advisor(questionnaire, knowledge, candidate);
			int cores = Runtime.getRuntime().availableProcessors();
			System.out.printf("%d stored rounds, %d cores, load average %.2f%n", rounds, cores, load());
			measure("cold, every core", jdbc, new RuleImpact(before, after), 1);
			measure("warm, every core", jdbc, new RuleImpact(before, after), RUNS);
			measure("warm, one thread", jdbc, RuleImpact.onThreads(before, after, 1), RUNS);
			System.out.printf("load average after: %.2f%n", load());
		}
	}

	private static void measure(String what, JdbcTemplate jdbc, RuleImpact impact, int runs) {
		for (int run = 0; run < runs; run++) {
			long cpu = cpu();
			long start = System.nanoTime();
			List<ImpactCase> cases = StoredRoundCases.all(jdbc);
			long read = System.nanoTime();
			Impact result = impact.run(cases, "current", "edited");
			long end = System.nanoTime();
			int changed = result.legs().stream().mapToInt(g -> g.changed().size()).sum();
			System.out.printf("%-18s read %6.2f s, run and compare %6.2f s, total %6.2f s, CPU %6.2f s "
					+ "(%d rounds changed, %d not run; load average %.1f)%n", what, (read - start) / 1e9,
					(end - read) / 1e9, (end - start) / 1e9, (cpu() - cpu) / 1e9, changed, result.notRun().size(), load());
		}
	}

	private static void fill(JdbcTemplate jdbc, int rounds) throws Exception {
		List<String> answers = new ArrayList<>();
		try (var files = Files.list(Path.of("knowledge-base/examples"))) {
			for (Path file : files.filter(f -> !f.toString().endsWith(".expected.json")).sorted().toList()) {
				answers.add(Files.readString(file));
			}
		}
		int legs = Math.max(1, rounds / 100);
		Timestamp now = Timestamp.from(Instant.now());
		for (int leg = 1; leg <= legs; leg++) {
			jdbc.update("INSERT INTO leg (name, created_by, created_at) VALUES (?, 'benchmark', ?)", "LEG " + leg, now);
		}
		List<Object[]> rows = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			rows.add(new Object[] { 1 + round % legs, answers.get(round % answers.size()),
					Timestamp.from(Instant.now().plusSeconds(round)) });
		}
		jdbc.batchUpdate("INSERT INTO leg_round (leg_id, answers, report, rule_base_version, questionnaire_version, "
				+ "entered_by, entered_at) VALUES (?, ?, '{}', 'benchmark', '1.0', 'benchmark', ?)", rows);
	}

	/** CPU time of the whole process (every thread), in nanoseconds: what the run costs whatever else the machine runs. */
	private static long cpu() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static double load() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

}
