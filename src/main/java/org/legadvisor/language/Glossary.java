package org.legadvisor.language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The terms a language's texts use consistently, from its {@code glossary.json}: each with its English, its form in
 * the language (under the language's code, {@code "fr": "agence de coordination"}) and the forms to avoid. A
 * language without a glossary avoids nothing.
 */
record Glossary(List<Term> terms) {

	/** One term: the form to use, and the forms a text must not use instead. */
	record Term(String english, String use, List<String> avoid) {
	}

	Glossary {
		terms = List.copyOf(terms);
	}

	static Glossary of(Path knowledgeBaseFolder, Language language) {
		Path file = Languages.folder(knowledgeBaseFolder, language).resolve(Translation.GLOSSARY);
		if (!Files.isRegularFile(file)) {
			return new Glossary(List.of());
		}
		List<Term> terms = new ArrayList<>();
		for (JsonNode term : Translation.tree(file).path("terms")) {
			List<String> avoid = new ArrayList<>();
			term.path("avoid").forEach(form -> avoid.add(form.asText()));
			terms.add(new Term(term.path("en").asText(), term.path(language.code()).asText(), avoid));
		}
		return new Glossary(terms);
	}

	/** The first form to avoid that a text uses, with its term; letter case does not matter. */
	Optional<Avoided> avoidedIn(String text, Locale locale) {
		String lower = plain(text, locale);
		for (Term term : terms) {
			for (String form : term.avoid()) {
				if (!form.isBlank() && lower.contains(plain(form, locale))) {
					return Optional.of(new Avoided(form, term));
				}
			}
		}
		return Optional.empty();
	}

	/** Lower case, with the typographic apostrophe read as the plain one. */
	private static String plain(String text, Locale locale) {
		return text.replace('\u2019', '\'').toLowerCase(locale);
	}

	record Avoided(String form, Term term) {
	}

}
