package org.legadvisor.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.kie.api.definition.rule.Rule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule base of a rules folder, kept current while the application runs: after an edit of the rule files it
 * compiles them anew and serves the result only if it compiles, passes the {@link RuleBaseCheck}, passes its
 * {@linkplain RuleBaseCheck#tryOut trial} (every bundled example and scenario, under the session limits) and loses
 * no coverage ({@link CoverageGuard}); otherwise the last good rule base keeps serving and {@link #status()} says
 * what was wrong. Assessments in flight during a swap finish on the rule base they started with, which is released
 * when the last of them ends.
 * <p>
 * {@link #reload()} reloads on demand; {@link #start()} also reloads on every saved change of a {@code .drl} file.
 * {@link #reload(boolean) reload(true)} applies an edit that loses coverage, for an administrator who means it.
 * Thread-safe.
 */
public final class LiveRuleBase implements RuleRunner, AutoCloseable {

	/** How long the rule files must stay unchanged after an edit before they are reloaded. */
	public static final Duration DEBOUNCE = Duration.ofMillis(300);

	private static final Logger log = LoggerFactory.getLogger(LiveRuleBase.class);

	private final Path folder;

	private final RuleBaseCompiler compiler;

	private final RuleBaseCheck check;

	private final CoverageGuard guard;

	private final Clock clock;

	private final Object lock = new Object();

	private volatile RuleBase current;

	private volatile RuleBaseStatus status;

	private volatile boolean closed;

	// Guarded by lock: the sources and warnings of the current rule base, the hash of the last rejected content, the
	// watcher.
	private RuleSources currentSources;

	private List<RuleProblem> currentWarnings;

	private String rejectedHash;

	private RulesFolderWatcher watcher;

	private LiveRuleBase(Path folder, RuleBaseCompiler compiler, RuleBaseCheck check, CoverageGuard guard,
			Accepted first, Instant loaded) {
		this.folder = folder;
		this.compiler = compiler;
		this.check = check;
		this.guard = guard;
		this.clock = compiler.clock();
		this.current = first.ruleBase();
		this.currentSources = first.sources();
		this.currentWarnings = first.warnings();
		this.status = new RuleBaseStatus(current.version(), loaded, RuleBaseStatus.Outcome.OK, currentWarnings);
	}

	/** Loads the rules folder with no check beyond compiling; see {@link #load(Path, RuleBaseCompiler, RuleBaseCheck)}. */
	public static LiveRuleBase load(Path rulesFolder) throws IOException, RuleCompilationException {
		return load(rulesFolder, new RuleBaseCompiler(), RuleBaseCheck.NONE);
	}

	/**
	 * Compiles the rules folder and checks the result, which becomes the first rule base served.
	 *
	 * @throws RuleCompilationException if the rules do not compile or do not pass the check: there is no good rule
	 *         base to start from
	 */
	public static LiveRuleBase load(Path rulesFolder, RuleBaseCompiler compiler, RuleBaseCheck check)
			throws IOException, RuleCompilationException {
		return load(rulesFolder, compiler, check, CoverageGuard.configured());
	}

	/**
	 * Compiles the rules folder and checks the result, which becomes the first rule base served; later edits must
	 * also pass the check's trial and lose no coverage by this guard. The first rule base is not tried: with no good
	 * rule base before it, refusing it would leave nothing to serve.
	 *
	 * @throws RuleCompilationException if the rules do not compile or do not pass the check
	 */
	public static LiveRuleBase load(Path rulesFolder, RuleBaseCompiler compiler, RuleBaseCheck check, CoverageGuard guard)
			throws IOException, RuleCompilationException {
		Instant attempt = compiler.clock().instant();
		Accepted first = accept(RuleSources.read(rulesFolder), compiler, check);
		log.info("Rules in {} loaded: serving version {}", rulesFolder, first.ruleBase().version());
		return new LiveRuleBase(rulesFolder, compiler, check, guard, first, attempt);
	}

	/**
	 * The rule base serving now, to inspect it. To run rules, use {@link #run}: a rule base fetched here may be
	 * replaced and released before a session starts on it.
	 */
	public RuleBase current() {
		return current;
	}

	@Override
	public List<Rule> rules() {
		return current.rules();
	}

	public RuleBaseStatus status() {
		return status;
	}

	/** Runs a session on the rule base serving now; it finishes on that rule base even if another replaces it. */
	@Override
	public <T> RuleRun<T> run(Collection<?> facts, Class<T> resultType) {
		while (true) {
			RuleBase base = current;
			Optional<RuleRun<T>> run = base.tryRun(facts, resultType);
			if (run.isPresent()) {
				return run.get();
			}
			// A swap sets its successor before retiring a rule base: if none is set, nothing will be.
			if (current == base) {
				throw new IllegalStateException(closed ? "The live rule base of " + folder + " is closed"
						: "Rule base " + base.version() + " was closed outside its live rule base");
			}
		}
	}

	/**
	 * Reads and compiles the rules folder in the calling thread, and serves the result if it compiles, passes the
	 * check and its trial, and loses no coverage; otherwise the current rule base keeps serving. Rule files whose
	 * content is that of the current rule base, or of the last one that failed to compile or pass the check, are not
	 * compiled again.
	 *
	 * @return the status after this attempt
	 */
	public RuleBaseStatus reload() {
		return reload(false);
	}

	/**
	 * As {@link #reload()}; with {@code acceptLoss}, an edit that loses coverage (a rule file, a challenge, principle
	 * or element, many rules) is served all the same, if it passes everything else: an administrator's deliberate
	 * removal.
	 */
	public RuleBaseStatus reload(boolean acceptLoss) {
		synchronized (lock) {
			if (closed) {
				return status;
			}
			Instant attempt = clock.instant();
			RuleSources sources;
			try {
				sources = RuleSources.read(folder);
			}
			catch (IOException e) {
				reject(attempt, null, RuleBaseStatus.Outcome.FAILED, List.of(new RuleProblem(RuleProblem.Level.ERROR,
						folder.toString(), 0, 0, "cannot read the rule files: " + e)));
				return status;
			}
			String hash = sources.contentHash();
			if (hash.equals(current.version().contentHash())) {
				if (status.degraded()) {
					log.info("Rules in {} are back to version {}, which is still serving", folder, current.version());
				}
				rejectedHash = null;
				status = new RuleBaseStatus(current.version(), attempt, RuleBaseStatus.Outcome.OK, currentWarnings);
			}
			// A refusal after trial is tried again: it may hang on scenarios, or be applied accepting the loss.
			else if (hash.equals(rejectedHash) && status.outcome() == RuleBaseStatus.Outcome.FAILED) {
				status = status.attemptedAgainAt(attempt);
			}
			else {
				replaceWith(sources, hash, attempt, acceptLoss);
			}
			return status;
		}
	}

	/**
	 * Starts watching the rules folder and its subfolders: every saved change of a {@code .drl} file is reloaded
	 * once the files have been quiet for {@link #DEBOUNCE}.
	 */
	public void start() throws IOException {
		synchronized (lock) {
			if (closed || watcher != null) {
				throw new IllegalStateException(closed ? "The live rule base is closed" : "Already watching " + folder);
			}
			watcher = RulesFolderWatcher.start(folder, DEBOUNCE, this::reload);
		}
		// An edit saved between loading and watching raised no event.
		reload();
	}

	/** Stops watching, and releases the current rule base once the sessions running on it end. */
	@Override
	public void close() {
		synchronized (lock) {
			if (closed) {
				return;
			}
			closed = true;
			if (watcher != null) {
				watcher.close();
			}
			current.retire();
		}
	}

	/** Serves these sources if they compile, pass the check and its trial, and lose no coverage (unless accepted). */
	private void replaceWith(RuleSources sources, String hash, Instant attempt, boolean acceptLoss) {
		Accepted accepted;
		try {
			accepted = accept(sources, compiler, check);
		}
		catch (RuleCompilationException e) {
			reject(attempt, hash, RuleBaseStatus.Outcome.FAILED, e.problems());
			return;
		}
		List<RuleProblem> refusals = tryOut(accepted, acceptLoss);
		if (refusals.isEmpty()) {
			swap(accepted, attempt);
		}
		else {
			accepted.ruleBase().close();
			reject(attempt, hash, RuleBaseStatus.Outcome.REFUSED, refusals);
		}
	}

	private static Accepted accept(RuleSources sources, RuleBaseCompiler compiler, RuleBaseCheck check)
			throws RuleCompilationException {
		RuleBase candidate = compiler.compile(sources);
		List<RuleProblem> problems = new ArrayList<>(candidate.warnings());
		problems.addAll(quietly("check", () -> check.check(sources, candidate)));
		if (problems.stream().anyMatch(p -> p.level() == RuleProblem.Level.ERROR)) {
			candidate.close();
			throw new RuleCompilationException(problems);
		}
		return new Accepted(candidate, sources, problems);
	}

	/** The reasons not to serve a candidate that passed the check: what it loses, then what its trial found. */
	private List<RuleProblem> tryOut(Accepted candidate, boolean acceptLoss) {
		List<RuleProblem> refusals = new ArrayList<>();
		if (!acceptLoss) {
			refusals.addAll(guard.losses(currentSources, current.rules(), candidate.sources(), candidate.ruleBase().rules()));
		}
		refusals.addAll(quietly("trial", () -> check.tryOut(candidate.sources(), candidate.ruleBase(), acceptLoss)));
		return refusals.stream().filter(p -> p.level() == RuleProblem.Level.ERROR).toList();
	}

	private static List<RuleProblem> quietly(String what, java.util.function.Supplier<List<RuleProblem>> check) {
		try {
			return check.get();
		}
		catch (RuntimeException e) {
			log.error("The rule base {} failed; the rule base it was checking is not served", what, e);
			return List.of(new RuleProblem(RuleProblem.Level.ERROR, "", 0, 0, "the rule base " + what + " failed: " + e));
		}
	}

	private void swap(Accepted accepted, Instant attempt) {
		RuleBase old = current;
		current = accepted.ruleBase();
		currentSources = accepted.sources();
		currentWarnings = accepted.warnings();
		rejectedHash = null;
		status = new RuleBaseStatus(current.version(), attempt, RuleBaseStatus.Outcome.OK, currentWarnings);
		old.retire();
		log.info("Rules in {} reloaded: serving version {} instead of {}", folder, current.version(), old.version());
	}

	private void reject(Instant attempt, String hash, RuleBaseStatus.Outcome outcome, List<RuleProblem> problems) {
		rejectedHash = hash;
		status = new RuleBaseStatus(current.version(), attempt, outcome, problems);
		log.warn("Rules in {} {}; version {} keeps serving:{}{}", folder,
				outcome == RuleBaseStatus.Outcome.REFUSED ? "refused after trial" : "not reloaded", current.version(),
				System.lineSeparator(), problems.stream().map(RuleProblem::toString)
					.collect(Collectors.joining(System.lineSeparator())));
	}

	private record Accepted(RuleBase ruleBase, RuleSources sources, List<RuleProblem> warnings) {

		Accepted {
			warnings = List.copyOf(warnings);
		}

	}

}
