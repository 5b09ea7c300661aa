package org.legadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.legadvisor.questionnaire.AnswersDocument;

/** The answers behind recent reports: found by their id for a while, then gone; the oldest leave first when full. */
class KeptAnswersTest {

	private final MovableClock clock = new MovableClock();

	private final KeptAnswers kept = new KeptAnswers(clock);

	@Test
	void findsTheAnswersByTheirIdUntilTheyExpire() {
		AnswersDocument document = document("Kept LEG");
		String id = kept.keep(document);

		assertThat(id).matches("[A-Za-z0-9_-]{22}");
		assertThat(kept.find(id)).contains(document);
		clock.now = clock.now.plus(KeptAnswers.KEPT_FOR).plusSeconds(1);
		assertThat(kept.find(id)).isEmpty();
		assertThat(kept.find("not-an-id")).isEmpty();
	}

	@Test
	void givesEachReportItsOwnUnguessableIdAndLetsTheOldestGoWhenFull() {
		Set<String> ids = new HashSet<>();
		String first = kept.keep(document("First"));
		ids.add(first);
		for (int i = 0; i < KeptAnswers.CAPACITY; i++) {
			ids.add(kept.keep(document("LEG " + i)));
		}

		assertThat(ids).hasSize(KeptAnswers.CAPACITY + 1);
		assertThat(kept.find(first)).isEmpty();
	}

	private static AnswersDocument document(String name) {
		return new AnswersDocument("1.0", new AnswersDocument.Leg(name, null, null, null), Map.of());
	}

	private static final class MovableClock extends Clock {

		Instant now = Instant.parse("2026-12-02T10:00:00Z");

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
