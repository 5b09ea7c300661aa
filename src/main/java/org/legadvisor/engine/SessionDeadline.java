package org.legadvisor.engine;

import java.time.Duration;

import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Halts one session at its first firing after a deadline. The engine only looks at a halt between firings, so a
 * halt from a timer thread would take effect at the same moment: checking before each firing gives the same bound
 * without a thread. Neither can stop a then-part that never returns: {@code validate} refusing such then-parts is
 * what does.
 */
final class SessionDeadline extends DefaultAgendaEventListener {

	private final long deadline;

	private boolean halted;

	SessionDeadline(Duration timeout) {
		this.deadline = System.nanoTime() + timeout.toNanos();
	}

	@Override
	public void beforeMatchFired(BeforeMatchFiredEvent event) {
		if (!halted && System.nanoTime() - deadline > 0) {
			halted = true;
			event.getKieRuntime().halt();
		}
	}

	/** Whether the session was halted because the deadline had passed, so its conclusions may be incomplete. */
	boolean halted() {
		return halted;
	}

}
