package org.legadvisor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled rule base, reused across assessments; each {@link #run} takes an empty session from a pool and gives it
 * back reset, so runs are independent and may happen on several threads at once.
 * <p>
 * Its owner holds one reference and each running session another; {@link #retire()} gives up the owner's, and the
 * rule base is released when the count reaches zero. Once it has, no session can start on it any more.
 */
public final class RuleBase implements RuleRunner, AutoCloseable {

	/** Sessions made up front; the pool grows when more run at once and keeps every one it made. */
	private static final int SESSIONS_KEPT = 2;

	/** How many of the rules that fired most a stopped session names. */
	private static final int MOST_FIRED = 3;

	private final KieContainer container;

	private final KieBase kieBase;

	private final KieSessionsPool sessions;

	private final ReleaseId releaseId;

	private final RuleBaseVersion version;

	private final List<RuleProblem> warnings;

	private final RuleLimits limits;

	private final AtomicInteger references = new AtomicInteger(1);

	private final AtomicBoolean retired = new AtomicBoolean();

	private volatile boolean closed;

	RuleBase(KieContainer container, ReleaseId releaseId, RuleBaseVersion version, List<RuleProblem> warnings,
			RuleLimits limits) {
		this.container = container;
		this.kieBase = container.getKieBase();
		this.sessions = kieBase.newKieSessionsPool(SESSIONS_KEPT);
		this.releaseId = releaseId;
		this.version = version;
		this.warnings = List.copyOf(warnings);
		this.limits = limits;
	}

	/** The most each session may fire and how long it may run. */
	public RuleLimits limits() {
		return limits;
	}

	public RuleBaseVersion version() {
		return version;
	}

	/** Compiler warnings (never errors: a rule base with errors is not built). */
	public List<RuleProblem> warnings() {
		return warnings;
	}

	/** Every rule, in package order then name order. */
	@Override
	public List<Rule> rules() {
		List<Rule> rules = new ArrayList<>();
		for (KiePackage pkg : kieBase.getKiePackages()) {
			rules.addAll(pkg.getRules());
		}
		rules.sort(java.util.Comparator.comparing(Rule::getPackageName).thenComparing(Rule::getName));
		return rules;
	}

	/**
	 * Inserts the facts into a fresh session, fires all rules, and returns the facts of the result type.
	 *
	 * @throws RuleSessionLimitException if the session reached one of the {@link #limits()}
	 * @throws IllegalStateException if this rule base was already released
	 */
	@Override
	public <T> RuleRun<T> run(Collection<?> facts, Class<T> resultType) {
		return tryRun(facts, resultType)
			.orElseThrow(() -> new IllegalStateException("Rule base " + version + " was released; it runs no more sessions"));
	}

	/** Runs a session unless this rule base was released, in which case it is left untouched. */
	<T> Optional<RuleRun<T>> tryRun(Collection<?> facts, Class<T> resultType) {
		if (!tryAcquire()) {
			return Optional.empty();
		}
		try {
			return Optional.of(runSession(facts, resultType));
		}
		finally {
			release();
		}
	}

	private <T> RuleRun<T> runSession(Collection<?> facts, Class<T> resultType) {
		// A pooled session is reset when disposed: an empty working memory, without the cost of building one.
		KieSession session = sessions.newKieSession();
		FiringRecorder recorder = new FiringRecorder();
		SessionDeadline deadline = new SessionDeadline(limits.sessionTimeout());
		try {
			session.addEventListener(recorder);
			session.addEventListener(deadline);
			facts.forEach(session::insert);
			// One firing more than allowed tells a session stopped by the limit from one that needed exactly that many.
			int fired = session.fireAllRules(limits.maxFirings() + 1);
			if (fired > limits.maxFirings()) {
				throw stopped(RuleSessionLimitException.Limit.FIRINGS, recorder);
			}
			if (deadline.halted()) {
				throw stopped(RuleSessionLimitException.Limit.TIME, recorder);
			}
			List<T> results = session.getObjects(new ClassObjectFilter(resultType)).stream().map(resultType::cast).toList();
			return new RuleRun<>(results, recorder.firings(), version);
		}
		finally {
			session.removeEventListener(recorder);
			session.removeEventListener(deadline);
			session.dispose();
		}
	}

	private RuleSessionLimitException stopped(RuleSessionLimitException.Limit limit, FiringRecorder recorder) {
		return new RuleSessionLimitException(limit, limits, recorder.firings().size(), recorder.mostFired(MOST_FIRED));
	}

	// Acquiring only while the count is above zero is what keeps a session from starting on a released rule base;
	// refusing once retired sends late callers to the successor instead of prolonging this one.
	private boolean tryAcquire() {
		int count;
		do {
			count = references.get();
			if (count <= 0 || retired.get()) {
				return false;
			}
		}
		while (!references.compareAndSet(count, count + 1));
		return true;
	}

	private void release() {
		if (references.decrementAndGet() == 0) {
			close();
		}
	}

	/**
	 * Marks this rule base as replaced: it is released as soon as the last session running on it ends, so that
	 * assessments in flight finish on the rule base they started with. New sessions are refused from then on.
	 */
	public void retire() {
		if (retired.compareAndSet(false, true)) {
			release();
		}
	}

	public boolean isClosed() {
		return closed;
	}

	/**
	 * Releases the compiled rules and removes the module from the shared KIE repository at once, even if sessions
	 * are running; use {@link #retire()} when they may be.
	 */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		references.set(0);
		sessions.shutdown();
		container.dispose();
		KieServices.get().getRepository().removeKieModule(releaseId);
	}

}
