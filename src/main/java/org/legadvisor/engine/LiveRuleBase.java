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
 * compiles them anew and serves the result if it compiles and passes the {@link RuleBaseCheck}; otherwise the last
 * good rule base keeps serving and {@link #status()} says what was wrong. Assessments in flight during a swap finish
 * on the rule base they started with, which is released when the last of them ends.
 * <p>
 * {@link #reload()} reloads on demand; {@link #start()} also reloads on every saved change of a {@code .drl} file.
 * Thread-safe.
 */
public final class LiveRuleBase implements RuleRunner, AutoCloseable {

	/** How long the rule files must stay unchanged after an edit before they are reloaded. */
	public static final Duration DEBOUNCE = Duration.ofMillis(300);

	private static final Logger log = LoggerFactory.getLogger(LiveRuleBase.class);

	private final Path folder;

	private final RuleBaseCompiler compiler;

	private final RuleBaseCheck check;

	private final Clock clock;

	private final Object lock = new Object();

	private volatile RuleBase current;

	private volatile RuleBaseStatus status;

	private volatile boolean closed;

	// Guarded by lock: the warnings of the current rule base, the hash of the last rejected content, the watcher.
	private List<RuleProblem> currentWarnings;

	private String rejectedHash;

	private RulesFolderWatcher watcher;

	private LiveRuleBase(Path folder, RuleBaseCompiler compiler, RuleBaseCheck check, Accepted first, Instant loaded) {
		this.folder = folder;
		this.compiler = compiler;
		this.check = check;
		this.clock = compiler.clock();
		this.current = first.ruleBase();
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
		Instant attempt = compiler.clock().instant();
		Accepted first = accept(RuleSources.read(rulesFolder), compiler, check);
		log.info("Rules in {} loaded: serving version {}", rulesFolder, first.ruleBase().version());
		return new LiveRuleBase(rulesFolder, compiler, check, first, attempt);
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
	 * Reads and compiles the rules folder in the calling thread, and serves the result if it compiles and passes
	 * the check; otherwise the current rule base keeps serving. Rule files whose content is that of the current or of
	 * the last rejected rule base are not compiled again.
	 *
	 * @return the status after this attempt
	 */
	public RuleBaseStatus reload() {
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
				reject(attempt, null, List.of(new RuleProblem(RuleProblem.Level.ERROR, folder.toString(), 0, 0,
						"cannot read the rule files: " + e)));
				return status;
			}
			String hash = sources.contentHash();
			if (hash.equals(current.version().contentHash())) {
				if (status.outcome() == RuleBaseStatus.Outcome.FAILED) {
					log.info("Rules in {} are back to version {}, which is still serving", folder, current.version());
				}
				rejectedHash = null;
				status = new RuleBaseStatus(current.version(), attempt, RuleBaseStatus.Outcome.OK, currentWarnings);
			}
			else if (hash.equals(rejectedHash)) {
				status = status.attemptedAgainAt(attempt);
			}
			else {
				try {
					swap(accept(sources, compiler, check), attempt);
				}
				catch (RuleCompilationException e) {
					reject(attempt, hash, e.problems());
				}
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

	private static Accepted accept(RuleSources sources, RuleBaseCompiler compiler, RuleBaseCheck check)
			throws RuleCompilationException {
		RuleBase candidate = compiler.compile(sources);
		List<RuleProblem> problems = new ArrayList<>(candidate.warnings());
		problems.addAll(checkQuietly(check, sources, candidate));
		if (problems.stream().anyMatch(p -> p.level() == RuleProblem.Level.ERROR)) {
			candidate.close();
			throw new RuleCompilationException(problems);
		}
		return new Accepted(candidate, problems);
	}

	private static List<RuleProblem> checkQuietly(RuleBaseCheck check, RuleSources sources, RuleBase candidate) {
		try {
			return check.check(sources, candidate);
		}
		catch (RuntimeException e) {
			log.error("The rule base check failed; the rule base it was checking is not served", e);
			return List.of(new RuleProblem(RuleProblem.Level.ERROR, "", 0, 0, "the rule base check failed: " + e));
		}
	}

	private void swap(Accepted accepted, Instant attempt) {
		RuleBase old = current;
		current = accepted.ruleBase();
		currentWarnings = accepted.warnings();
		rejectedHash = null;
		status = new RuleBaseStatus(current.version(), attempt, RuleBaseStatus.Outcome.OK, currentWarnings);
		old.retire();
		log.info("Rules in {} reloaded: serving version {} instead of {}", folder, current.version(), old.version());
	}

	private void reject(Instant attempt, String hash, List<RuleProblem> problems) {
		rejectedHash = hash;
		status = new RuleBaseStatus(current.version(), attempt, RuleBaseStatus.Outcome.FAILED, problems);
		log.warn("Rules in {} not reloaded; version {} keeps serving:{}{}", folder, current.version(),
				System.lineSeparator(), problems.stream().map(RuleProblem::toString)
					.collect(Collectors.joining(System.lineSeparator())));
	}

	private record Accepted(RuleBase ruleBase, List<RuleProblem> warnings) {

		Accepted {
			warnings = List.copyOf(warnings);
		}

	}

}
