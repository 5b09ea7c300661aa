package org.legadvisor.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The languages on offer: English, and one per folder of {@code knowledge-base/translations/} named by a language
 * code. Adding {@code translations/es/} adds Spanish, with no change to the code.
 */
public record Languages(List<Language> all) {

	/** The folder under the knowledge base that holds one folder per language. */
	public static final String FOLDER = "translations";

	public Languages {
		all = List.copyOf(all);
	}

	public static Languages in(Path knowledgeBaseFolder) {
		TreeSet<Language> found = new TreeSet<>();
		found.add(Language.ENGLISH);
		Path translations = knowledgeBaseFolder.resolve(FOLDER);
		if (Files.isDirectory(translations)) {
			try (Stream<Path> folders = Files.list(translations)) {
				folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).filter(Language::isCode)
					.map(Language::new).forEach(found::add);
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot list " + translations, e);
			}
		}
		return new Languages(List.copyOf(found));
	}

	/** The folder of a language's translation files. */
	public static Path folder(Path knowledgeBaseFolder, Language language) {
		return knowledgeBaseFolder.resolve(FOLDER).resolve(language.code());
	}

	/** The language of this code ({@code fr}, {@code FR}, {@code fr-CA} all give French), if it is on offer. */
	public Optional<Language> find(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String code = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
		return all.stream().filter(l -> l.code().equals(code)).findFirst();
	}

	/**
	 * The language to answer in for an HTTP {@code Accept-Language} header ({@code fr-FR,fr;q=0.9,en;q=0.8}): the
	 * reader's most preferred language on offer, English when none is or the header is missing or malformed.
	 */
	public Language preferred(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Language.ENGLISH;
		}
		try {
			List<String> offered = all.stream().map(Language::code).toList();
			String match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), offered);
			return match == null ? Language.ENGLISH : new Language(match);
		}
		catch (IllegalArgumentException malformed) {
			return Language.ENGLISH;
		}
	}

	/** The languages other than English, each with its folder of translations. */
	public List<Language> translated() {
		return all.stream().filter(l -> !l.isSource()).toList();
	}

}
