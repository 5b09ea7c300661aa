package org.legadvisor.memory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How a round is named to a person: its number in the LEG's history (1 for the first), when and by whom it was
 * entered; never its id.
 */
public final class RoundLabel {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private RoundLabel() {
	}

	public static String of(int number, Instant enteredAt, String enteredBy) {
		return MemoryWords.text("memory.round.numbered", number, when(enteredAt), enteredBy);
	}

	/** The date and time a round was entered, to the minute, in UTC. */
	public static String when(Instant instant) {
		return WHEN.format(instant);
	}

}
