package org.legadvisor.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class FailedLoginsTest {

	private final ManualClock clock = new ManualClock();

	private final FailedLogins logins = new FailedLogins(3, Duration.ofSeconds(60), clock, 100);

	@Test
	void makesAnAddressWaitForTheRestOfTheWindowAfterTheLimit() {
		logins.failed("10.0.0.1");
		clock.advance(Duration.ofSeconds(10));
		logins.failed("10.0.0.1");
		assertThat(logins.waitFor("10.0.0.1")).isEmpty();

		logins.failed("10.0.0.1");

		assertThat(logins.waitFor("10.0.0.1")).contains(Duration.ofSeconds(50));
		assertThat(logins.waitFor("10.0.0.2")).as("another address").isEmpty();
		clock.advance(Duration.ofSeconds(50));
		assertThat(logins.waitFor("10.0.0.1")).isEmpty();
	}

	@Test
	void startsAFreshWindowOnceTheLastHasEnded() {
		logins.failed("10.0.0.1");
		logins.failed("10.0.0.1");
		clock.advance(Duration.ofSeconds(61));

		logins.failed("10.0.0.1");

		assertThat(logins.waitFor("10.0.0.1")).isEmpty();
	}

	@Test
	void forgetsTheFailuresOfAnAddressThatLogsIn() {
		logins.failed("10.0.0.1");
		logins.failed("10.0.0.1");

		logins.succeeded("10.0.0.1");
		logins.failed("10.0.0.1");
		logins.failed("10.0.0.1");

		assertThat(logins.waitFor("10.0.0.1")).isEmpty();
	}

	@Test
	void keepsNoMoreAddressesThanItsCapacityForgettingTheOldestWindow() {
		FailedLogins small = new FailedLogins(2, Duration.ofSeconds(60), clock, 3);
		small.failed("attacker");
		small.failed("attacker");
		assertThat(small.waitFor("attacker")).isPresent();

		for (int i = 0; i < 1000; i++) {
			clock.advance(Duration.ofMillis(1));
			small.failed("10.0.1." + i);
		}

		assertThat(small.size()).isEqualTo(3);
		assertThat(small.waitFor("attacker")).isEmpty();
	}

	/** A clock that moves only when told. */
	private static final class ManualClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
