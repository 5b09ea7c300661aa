package org.legadvisor.questionnaire;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The words the problems of an answers document are said in, in one language: the questionnaire's texts (question
 * texts, option labels), the thresholds' labels and the message bundle's sentences. The ids are the same in every
 * language, so a problem found once can be said in any of them.
 */
public record ProblemWords(Questionnaire questionnaire, Map<String, String> thresholdLabels, Bundle bundle) {

	/** A message of the bundle with its {@code {0}}, {@code {1}}... filled in. */
	@FunctionalInterface
	public interface Bundle {

		String format(String key, Object... arguments);

	}

	public ProblemWords {
		thresholdLabels = Map.copyOf(thresholdLabels);
	}

	/** English: the questionnaire as given and {@code messages.properties}. */
	public static ProblemWords english(Questionnaire questionnaire, Map<String, String> thresholdLabels) {
		ResourceBundle messages = ResourceBundle.getBundle("messages", Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new ProblemWords(questionnaire, thresholdLabels,
				(key, arguments) -> new MessageFormat(messages.getString(key), Locale.ENGLISH).format(arguments));
	}

	public static ProblemWords english(Questionnaire questionnaire) {
		return english(questionnaire, Map.of());
	}

	String say(String key, Object... arguments) {
		return bundle.format(key, arguments);
	}

}
