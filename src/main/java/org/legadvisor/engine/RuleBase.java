package org.legadvisor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * A compiled rule base, reused across assessments; each {@link #run} opens and disposes a fresh session, so
 * runs are independent and may happen on several threads at once.
 */
public final class RuleBase implements AutoCloseable {

	private final KieContainer container;

	private final KieBase kieBase;

	private final ReleaseId releaseId;

	private final RuleBaseVersion version;

	private final List<RuleProblem> warnings;

	private final AtomicInteger openSessions = new AtomicInteger();

	private volatile boolean retired;

	private volatile boolean closed;

	RuleBase(KieContainer container, ReleaseId releaseId, RuleBaseVersion version, List<RuleProblem> warnings) {
		this.container = container;
		this.kieBase = container.getKieBase();
		this.releaseId = releaseId;
		this.version = version;
		this.warnings = List.copyOf(warnings);
	}

	public RuleBaseVersion version() {
		return version;
	}

	/** Compiler warnings (never errors: a rule base with errors is not built). */
	public List<RuleProblem> warnings() {
		return warnings;
	}

	/** Every rule, in package order then name order. */
	public List<Rule> rules() {
		List<Rule> rules = new ArrayList<>();
		for (KiePackage pkg : kieBase.getKiePackages()) {
			rules.addAll(pkg.getRules());
		}
		rules.sort(java.util.Comparator.comparing(Rule::getPackageName).thenComparing(Rule::getName));
		return rules;
	}

	/** Inserts the facts into a fresh session, fires all rules, and returns the facts of the result type. */
	public <T> RuleRun<T> run(Collection<?> facts, Class<T> resultType) {
		openSessions.incrementAndGet();
		KieSession session = kieBase.newKieSession();
		try {
			FiringRecorder recorder = new FiringRecorder();
			session.addEventListener(recorder);
			facts.forEach(session::insert);
			session.fireAllRules();
			List<T> results = session.getObjects(new ClassObjectFilter(resultType)).stream().map(resultType::cast).toList();
			return new RuleRun<>(results, recorder.firings(), version);
		}
		finally {
			session.dispose();
			if (openSessions.decrementAndGet() == 0 && retired) {
				close();
			}
		}
	}

	/**
	 * Marks this rule base as replaced: it is released as soon as the last session running on it ends, so that
	 * assessments in flight finish on the rule base they started with.
	 */
	public void retire() {
		retired = true;
		if (openSessions.get() == 0) {
			close();
		}
	}

	/** Releases the compiled rules and removes the module from the shared KIE repository. */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		container.dispose();
		KieServices.get().getRepository().removeKieModule(releaseId);
	}

}
