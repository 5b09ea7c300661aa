package org.legadvisor.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The failed administrator logins of each client address: after {@code limit} failures within one window (counted
 * from the first), the address must wait until that window ends. A success forgets the address's failures. At most
 * {@code capacity} addresses are kept; beyond it, the one whose window began first is forgotten, so that memory stays
 * bounded whatever the number of addresses trying. Thread-safe.
 */
final class FailedLogins {

	/** Addresses kept at most: some 100 bytes each. */
	static final int CAPACITY = 10_000;

	private record Window(Instant start, int failures) {
	}

	private final int limit;

	private final Duration window;

	private final Clock clock;

	// In order of window start: a new window is put at the end, so the eldest entry is the oldest window.
	private final Map<String, Window> windows;

	FailedLogins(int limit, Duration window, Clock clock, int capacity) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
		this.windows = new LinkedHashMap<>() {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
				return size() > capacity;
			}

		};
	}

	/** How long the address must still wait before its credentials are checked again; empty if it need not. */
	synchronized Optional<Duration> waitFor(String address) {
		Window current = current(address, clock.instant());
		if (current == null || current.failures() < limit) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(clock.instant(), current.start().plus(window)));
	}

	synchronized void failed(String address) {
		Instant now = clock.instant();
		Window current = current(address, now);
		windows.put(address, current == null ? new Window(now, 1) : new Window(current.start(), current.failures() + 1));
	}

	synchronized void succeeded(String address) {
		windows.remove(address);
	}

	/** Number of addresses kept. */
	synchronized int size() {
		return windows.size();
	}

	/** The address's window if it has not ended; an ended one is forgotten. */
	private Window current(String address, Instant now) {
		Window found = windows.get(address);
		if (found != null && !now.isBefore(found.start().plus(window))) {
			windows.remove(address);
			return null;
		}
		return found;
	}

}
