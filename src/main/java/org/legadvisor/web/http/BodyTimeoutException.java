package org.legadvisor.web.http;

import java.io.IOException;
import java.time.Duration;

/** A request body that stalled, or did not arrive whole within the body timeout; answered with 408. */
class BodyTimeoutException extends IOException {

	private final Duration timeout;

	BodyTimeoutException(Duration timeout) {
		super("The request body did not arrive within " + timeout.toSeconds() + " s");
		this.timeout = timeout;
	}

	Duration timeout() {
		return timeout;
	}

}
