package org.legadvisor.language;

/**
 * One problem of a translation, for {@code validate}: the language, the file of its folder (or the message bundle),
 * the key and what is wrong. Errors fail {@code validate}; a warning (a text nothing reads any more) does not.
 */
public record TranslationProblem(Kind kind, Language language, String file, String key, String message) {

	public enum Kind {

		/** a text of the English source that the language lacks: English is shown in its place */
		MISSING(true),
		/** a text of the language that uses a form its glossary says to avoid */
		AVOIDED_TERM(true),
		/** a text whose placeholders ({0}, %s...) differ from the English, so figures would go missing or astray */
		PLACEHOLDERS(true),
		/** a text at a key that no English text has (an id renamed or removed): nothing shows it */
		UNUSED(false);

		private final boolean error;

		Kind(boolean error) {
			this.error = error;
		}

		public boolean error() {
			return error;
		}

	}

	public boolean isError() {
		return kind.error();
	}

	/** The problem in one line: {@code fr: translations/fr/findings.json: P1-no-tor/title: ...}. */
	@Override
	public String toString() {
		return language + ": " + file + ": " + key + ": " + message;
	}

}
