package org.legadvisor.authoring.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean ...?": the known id closest to a mistyped one, if it is close enough to be a typo. */
final class Suggestion {

	private Suggestion() {
	}

	static String didYouMean(String given, Collection<String> known) {
		return closest(given, known).map(k -> " (did you mean \"" + k + "\"?)").orElse("");
	}

	static Optional<String> closest(String given, Collection<String> known) {
		// Short ids such as C9 are one letter away from many others; a suggestion there would be a guess.
		int allowed = Math.min(3, given.length() / 4);
		return known.stream()
			.filter(k -> distance(given.toLowerCase(), k.toLowerCase()) <= allowed)
			.min(Comparator.comparingInt(k -> distance(given.toLowerCase(), k.toLowerCase())));
	}

	/** Levenshtein distance. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
