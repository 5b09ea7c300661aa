package org.legadvisor.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.legadvisor.questionnaire.AnswersDocument;
import org.springframework.stereotype.Component;

/**
 * The answers behind the reports made lately, each under an unguessable id, so that a report has an address of its
 * own: the questionnaire posts the answers, is sent on to {@code /report/{id}} (post/redirect/get), and Back, Forward
 * and Reload fetch that address again. Kept in memory for a while only, the oldest first out: an address that is no
 * longer kept gets a page that makes the report again from the answers the browser keeps. Nothing is written anywhere.
 */
@Component
class KeptAnswers {

	static final int CAPACITY = 500;

	static final Duration KEPT_FOR = Duration.ofHours(8);

	private record Kept(AnswersDocument document, Instant until) {
	}

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	private final Map<String, Kept> kept = new LinkedHashMap<>(CAPACITY, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
			return size() > CAPACITY;
		}

	};

	KeptAnswers() {
		this(Clock.systemUTC());
	}

	KeptAnswers(Clock clock) {
		this.clock = clock;
	}

	/** Keeps the answers and returns their id: 128 random bits, URL-safe. */
	synchronized String keep(AnswersDocument document) {
		byte[] bits = new byte[16];
		random.nextBytes(bits);
		String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
		kept.put(id, new Kept(document, clock.instant().plus(KEPT_FOR)));
		return id;
	}

	synchronized Optional<AnswersDocument> find(String id) {
		Kept found = kept.get(id);
		if (found == null) {
			return Optional.empty();
		}
		if (clock.instant().isAfter(found.until())) {
			kept.remove(id);
			return Optional.empty();
		}
		return Optional.of(found.document());
	}

}
