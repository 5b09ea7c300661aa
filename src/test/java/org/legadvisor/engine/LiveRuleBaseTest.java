package org.legadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.engine.RuleBaseStatus.Outcome;
import org.legadvisor.questionnaire.Answer;

class LiveRuleBaseTest {

	private static final Duration DEADLINE = Duration.ofSeconds(10);

	private static final Answer ANSWER = new Answer("q", "yes", null, null, false);

	private static final String HEADER = """
			package org.legadvisor.rules;
			import org.legadvisor.questionnaire.Answer;
			""";

	private static final String BROKEN = HEADER + """
			rule "Missing a comma"
			when
			    Answer( question == "q" value == "x" )
			then
			end
			""";

	// Holds a session open until the test lets it finish: one rendezvous once it runs, another to end it.
	private static final String GATE = HEADER + """
			import java.util.concurrent.Phaser;
			rule "Wait at the gate"
			when
			    $gate : Phaser()
			then
			    $gate.arriveAndAwaitAdvance();
			    $gate.arriveAndAwaitAdvance();
			end
			""";

	@TempDir
	Path rules;

	@Test
	void servesAGoodEditOnceReloaded() throws Exception {
		writeGeneration(1);
		try (LiveRuleBase live = LiveRuleBase.load(rules)) {
			RuleBase first = live.current();
			writeGeneration(2);

			RuleBaseStatus status = live.reload();

			assertThat(status.outcome()).isEqualTo(Outcome.OK);
			assertThat(status.problems()).isEmpty();
			assertThat(status.current().contentHash()).isEqualTo(RuleSources.read(rules).contentHash())
				.isNotEqualTo(first.version().contentHash());
			assertThat(live.status()).isEqualTo(status);
			assertThat(tags(live)).containsExactly("a:gen2", "b:gen2");
			assertThat(first.isClosed()).isTrue();
		}
	}

	@Test
	void keepsLastGoodRuleBaseWhenAnEditDoesNotCompile() throws Exception {
		writeGeneration(1);
		try (LiveRuleBase live = LiveRuleBase.load(rules)) {
			RuleBaseVersion good = live.current().version();
			Files.writeString(rules.resolve("b.drl"), BROKEN);

			RuleBaseStatus status = live.reload();

			assertThat(status.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(status.current()).isEqualTo(good);
			assertThat(status.lastAttempt()).isAfterOrEqualTo(good.loadedAt());
			assertThat(status.problems()).isNotEmpty();
			assertThat(status.problems().get(0).toString()).startsWith("b.drl:5:");
			assertThat(tags(live)).containsExactly("a:gen1", "b:gen1");
			assertThat(live.current().isClosed()).isFalse();
		}
	}

	@Test
	void isOkAgainWithoutRebuildingWhenABrokenEditIsUndone() throws Exception {
		writeGeneration(1);
		try (LiveRuleBase live = LiveRuleBase.load(rules)) {
			RuleBase good = live.current();
			Files.writeString(rules.resolve("b.drl"), BROKEN);
			live.reload();
			writeGeneration(1);

			RuleBaseStatus status = live.reload();

			assertThat(status.outcome()).isEqualTo(Outcome.OK);
			assertThat(status.problems()).isEmpty();
			assertThat(live.current()).isSameAs(good);
		}
	}

	@Test
	void keepsLastGoodRuleBaseWhenTheCheckRejectsAnEdit() throws Exception {
		List<RuleBase> checked = new ArrayList<>();
		RuleBaseCheck noSecondGeneration = (sources, candidate) -> {
			checked.add(candidate);
			return sources.files().stream().filter(f -> f.text().contains("gen2"))
				.map(f -> new RuleProblem(RuleProblem.Level.ERROR, f.path(), 3, 1, "generation 2 is not allowed"))
				.toList();
		};
		writeGeneration(1);
		try (LiveRuleBase live = LiveRuleBase.load(rules, new RuleBaseCompiler(), noSecondGeneration)) {
			RuleBaseVersion good = live.current().version();
			writeGeneration(2);

			RuleBaseStatus status = live.reload();

			assertThat(status.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(status.current()).isEqualTo(good);
			assertThat(status.problems()).extracting(RuleProblem::toString)
				.containsExactly("a.drl:3:1: generation 2 is not allowed", "b.drl:3:1: generation 2 is not allowed");
			assertThat(tags(live)).containsExactly("a:gen1", "b:gen1");
			assertThat(checked.get(1).isClosed()).as("the rejected rule base is released").isTrue();
		}
	}

	@Test
	void refusesToStartFromRulesThatFailTheCheck() throws Exception {
		writeGeneration(1);
		RuleBaseCheck rejectAll = (sources, candidate) -> List.of(new RuleProblem(RuleProblem.Level.ERROR, "a.drl", 1,
				0, "rejected"));

		RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
				() -> LiveRuleBase.load(rules, new RuleBaseCompiler(), rejectAll));

		assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly("a.drl:1: rejected");
	}

	@Test
	void doesNotRebuildWhenTheContentIsUnchanged() throws Exception {
		AtomicInteger checks = new AtomicInteger();
		RuleBaseCheck noSecondGeneration = (sources, candidate) -> {
			checks.incrementAndGet();
			return sources.files().stream().anyMatch(f -> f.text().contains("gen2"))
					? List.of(new RuleProblem(RuleProblem.Level.ERROR, "a.drl", 1, 0, "no generation 2"))
					: List.of();
		};
		writeGeneration(1);
		try (LiveRuleBase live = LiveRuleBase.load(rules, new RuleBaseCompiler(), noSecondGeneration)) {
			RuleBase loaded = live.current();
			writeGeneration(1);
			Files.setLastModifiedTime(rules.resolve("a.drl"), FileTime.from(Instant.now().plusSeconds(60)));

			assertThat(live.reload().outcome()).isEqualTo(Outcome.OK);
			assertThat(live.current()).isSameAs(loaded);

			writeGeneration(2);
			live.reload();
			RuleBaseStatus again = live.reload();

			assertThat(again.outcome()).isEqualTo(Outcome.FAILED);
			assertThat(again.problems()).extracting(RuleProblem::message).containsExactly("no generation 2");
			assertThat(checks).as("the first load and the first attempt at generation 2 only").hasValue(2);
		}
	}

	@Test
	void picksUpASavedEditWithoutAnExplicitReload() throws Exception {
		writeGeneration(1);
		try (LiveRuleBase live = LiveRuleBase.load(rules)) {
			live.start();

			writeGeneration(2);

			eventually(() -> tags(live).equals(List.of("a:gen2", "b:gen2")));
			assertThat(live.status().outcome()).isEqualTo(Outcome.OK);
		}
	}

	@Test
	void picksUpARuleFileSavedInANewSubfolder() throws Exception {
		writeGeneration(1);
		try (LiveRuleBase live = LiveRuleBase.load(rules)) {
			live.start();

			Files.createDirectories(rules.resolve("more/deeper"));
			Files.writeString(rules.resolve("more/deeper/c.drl"), rule("c", 1));

			eventually(() -> tags(live).equals(List.of("a:gen1", "b:gen1", "c:gen1")));
		}
	}

	@Test
	void reportsABrokenSaveWithoutAnExplicitReload() throws Exception {
		writeGeneration(1);
		try (LiveRuleBase live = LiveRuleBase.load(rules)) {
			live.start();

			Files.writeString(rules.resolve("b.drl"), BROKEN);

			eventually(() -> live.status().outcome() == Outcome.FAILED);
			assertThat(live.status().problems()).first().satisfies(p -> assertThat(p.location()).startsWith("b.drl:5"));
			assertThat(tags(live)).containsExactly("a:gen1", "b:gen1");
		}
	}

	@Test
	void anAssessmentInFlightFinishesOnItsRuleBaseWhichIsReleasedAfterIt() throws Exception {
		writeGeneration(1);
		Files.writeString(rules.resolve("gate.drl"), GATE);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		Phaser gate = new Phaser(2);
		try (LiveRuleBase live = LiveRuleBase.load(rules)) {
			RuleBase first = live.current();
			Future<RuleRun<String>> inFlight = pool.submit(() -> live.run(List.of(ANSWER, gate), String.class));
			gate.awaitAdvanceInterruptibly(gate.arrive(), DEADLINE.toSeconds(), TimeUnit.SECONDS);

			writeGeneration(2);
			live.reload();

			assertThat(tags(live)).containsExactly("a:gen2", "b:gen2");
			assertThat(first.isClosed()).as("released while a session runs on it").isFalse();
			assertThat(first.tryRun(List.of(ANSWER), String.class)).as("a new session on the retired base").isEmpty();
			gate.arrive();
			RuleRun<String> finished = inFlight.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
			assertThat(finished.version()).isEqualTo(first.version());
			assertThat(finished.results()).containsExactlyInAnyOrder("a:gen1", "b:gen1");
			assertThat(first.isClosed()).isTrue();
		}
		finally {
			gate.forceTermination();
			pool.shutdownNow();
		}
	}

	@Test
	void concurrentAssessmentsEachRunOnAWholeLiveRuleBaseWhileEditsComeAndGo() throws Exception {
		writeGeneration(1);
		try (LiveRuleBase live = LiveRuleBase.load(rules)) {
			List<RuleBase> served = new CopyOnWriteArrayList<>(List.of(live.current()));
			Queue<RuleRun<String>> runs = new ConcurrentLinkedQueue<>();
			Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
			AtomicInteger runCount = new AtomicInteger();
			AtomicBoolean stop = new AtomicBoolean();
			ExecutorService pool = Executors.newFixedThreadPool(4);
			for (int i = 0; i < 4; i++) {
				pool.execute(() -> {
					while (!stop.get()) {
						try {
							runs.add(live.run(List.of(ANSWER), String.class));
							runCount.incrementAndGet();
						}
						catch (Throwable t) {
							failures.add(t);
						}
					}
				});
			}
			awaitMoreRuns(runCount);

			writeGeneration(2);
			assertThat(live.reload().outcome()).isEqualTo(Outcome.OK);
			served.add(live.current());
			awaitMoreRuns(runCount);
			Files.writeString(rules.resolve("b.drl"), BROKEN);
			assertThat(live.reload().outcome()).isEqualTo(Outcome.FAILED);
			awaitMoreRuns(runCount);
			writeGeneration(3);
			assertThat(live.reload().outcome()).isEqualTo(Outcome.OK);
			served.add(live.current());
			awaitMoreRuns(runCount);
			stop.set(true);
			pool.shutdown();

			assertThat(pool.awaitTermination(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
			assertThat(failures).isEmpty();
			Map<String, Integer> generations = new HashMap<>();
			for (int i = 0; i < served.size(); i++) {
				generations.put(served.get(i).version().contentHash(), i + 1);
			}
			assertThat(runs).allSatisfy(run -> {
				Integer generation = generations.get(run.version().contentHash());
				assertThat(generation).as("a version that was live").isNotNull();
				assertThat(run.results()).containsExactlyInAnyOrder("a:gen" + generation, "b:gen" + generation);
			});
			assertThat(runs).extracting(run -> run.version().contentHash()).containsAll(generations.keySet());
			assertThat(served.subList(0, 2)).allMatch(RuleBase::isClosed);
			assertThat(live.current().isClosed()).isFalse();
		}
	}

	@Test
	void releasesItsRuleBaseAndRefusesToRunOnceClosed() throws Exception {
		writeGeneration(1);
		LiveRuleBase live = LiveRuleBase.load(rules);
		live.start();

		live.close();

		assertThat(live.current().isClosed()).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> live.run(List.of(ANSWER), String.class))
			.withMessageContaining("closed");
	}

	private void writeGeneration(int generation) throws Exception {
		Files.writeString(rules.resolve("a.drl"), rule("a", generation));
		Files.writeString(rules.resolve("b.drl"), rule("b", generation));
	}

	private static String rule(String file, int generation) {
		return HEADER + """
				rule "Tag from %1$s"
				when
				    Answer( question == "q" )
				then
				    insert( "%1$s:gen%2$d" );
				end
				""".formatted(file, generation);
	}

	private static List<String> tags(RuleRunner runner) {
		return runner.run(List.of(ANSWER), String.class).results().stream().sorted().toList();
	}

	private static void awaitMoreRuns(AtomicInteger runCount) throws InterruptedException {
		int target = runCount.get() + 200;
		eventually(() -> runCount.get() >= target);
	}

	private static void eventually(BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(DEADLINE);
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("condition met within " + DEADLINE).isBefore(deadline);
			Thread.sleep(20);
		}
	}

}
