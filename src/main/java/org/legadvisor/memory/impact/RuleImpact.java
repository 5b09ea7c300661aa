package org.legadvisor.memory.impact;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.engine.RuleSessionLimitException;
import org.legadvisor.memory.MemoryWords;
import org.legadvisor.memory.progress.Progress.FindingRef;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;

/**
 * Runs answers documents on the rules in use and on an edited copy of them, and lists per LEG the findings that
 * would appear or disappear. Each rule base is compiled once by its caller; the cases run in parallel, one stateless
 * session each, on as many threads as there are cores.
 */
public final class RuleImpact {

	private final Advisor current;

	private final Advisor edited;

	private final int threads;

	public RuleImpact(Advisor current, Advisor edited) {
		this(current, edited, Runtime.getRuntime().availableProcessors());
	}

	/** On this many threads (1: on the caller's thread only). */
	public static RuleImpact onThreads(Advisor current, Advisor edited, int threads) {
		return new RuleImpact(current, edited, threads);
	}

	private RuleImpact(Advisor current, Advisor edited, int threads) {
		this.current = current;
		this.edited = edited;
		this.threads = Math.max(1, threads);
	}

	/** One case's outcome: its findings' difference, or why it could not be run. */
	private record Outcome(ImpactCase source, FindingDifference difference, String notRun) {
	}

	public Impact run(List<ImpactCase> cases, String currentVersion, String editedVersion) {
		// The cases run on other threads, which do not know the language of the request or command: it is passed.
		Locale locale = MemoryWords.requestLocale();
		List<Outcome> outcomes = outcomes(cases, locale);
		Map<String, List<Outcome>> byLeg = new LinkedHashMap<>();
		List<Outcome> scenarios = new ArrayList<>();
		List<Impact.NotRun> notRun = new ArrayList<>();
		for (Outcome outcome : outcomes) {
			if (outcome.notRun() != null) {
				notRun.add(new Impact.NotRun(outcome.source().group(), outcome.source().label(), outcome.notRun()));
			}
			if (outcome.source().stored()) {
				byLeg.computeIfAbsent(outcome.source().group(), leg -> new ArrayList<>()).add(outcome);
			}
			else {
				scenarios.add(outcome);
			}
		}
		List<Impact.Group> legs = byLeg.entrySet().stream().map(e -> group(e.getKey(), e.getValue())).toList();
		int rounds = (int) cases.stream().filter(ImpactCase::stored).count();
		return new Impact(currentVersion, editedVersion, rounds, cases.size() - rounds, legs, group(null, scenarios),
				notRun);
	}

	private List<Outcome> outcomes(List<ImpactCase> cases, Locale locale) {
		if (threads == 1 || cases.size() < 2) {
			return cases.stream().map(c -> outcome(c, locale)).toList();
		}
		// A pool of our own: the common pool may be busy (or small) in a service, and the order of the cases is kept.
		ForkJoinPool pool = new ForkJoinPool(threads);
		try {
			return pool.submit(() -> cases.parallelStream().map(c -> outcome(c, locale)).toList()).get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running the rules", e);
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
		}
		finally {
			pool.shutdown();
		}
	}

	private Outcome outcome(ImpactCase source, Locale locale) {
		try {
			AnswersDocument answers = source.answers().read();
			List<FindingRef> before = findings(current, answers);
			List<FindingRef> after = findings(edited, answers);
			return new Outcome(source, FindingDifference.between(before, after), null);
		}
		catch (InvalidAnswersException e) {
			return new Outcome(source, null, MemoryWords.text(locale, "memory.impact.invalid", e.getMessage()));
		}
		catch (RuleSessionLimitException e) {
			return new Outcome(source, null, MemoryWords.text(locale, "memory.impact.stopped", e.getMessage()));
		}
		catch (IOException e) {
			return new Outcome(source, null, MemoryWords.text(locale, "memory.impact.unreadable", e.getMessage()));
		}
	}

	/** The findings of these answers on one rule base. */
	public static List<FindingRef> findings(Advisor advisor, AnswersDocument answers) throws InvalidAnswersException {
		return advisor.diagnose(answers).stream().map(FindingDifference::ref).toList();
	}

	private static Impact.Group group(String name, List<Outcome> outcomes) {
		List<Impact.Change> changed = outcomes.stream()
			.filter(o -> o.difference() != null && !o.difference().none())
			.map(o -> new Impact.Change(o.source().label(), o.difference().appear(), o.difference().disappear()))
			.toList();
		return new Impact.Group(name, outcomes.size(), changed);
	}

}
