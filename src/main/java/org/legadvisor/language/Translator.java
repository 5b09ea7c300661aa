package org.legadvisor.language;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.legadvisor.knowledge.FindingTitles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * The knowledge base in every language on offer, built once at start: a text a translation lacks is shown in English
 * (the completeness check, {@link TranslationCheck}, lists each one). Immutable, so thread-safe.
 */
public final class Translator {

	private final Languages languages;

	private final Map<Language, Localized> localized;

	public Translator(Questionnaire questionnaire, KnowledgeBase knowledge) {
		Path folder = knowledge.folder();
		this.languages = Languages.in(folder);
		FindingTitles titles = FindingTitles.load(folder);
		Map<Language, Localized> built = new LinkedHashMap<>();
		for (Language language : languages.all()) {
			Translation translation = Translation.load(folder, language);
			Localizer localizer = new Localizer(
					(file, key, english) -> translation.text(file, key).orElse(english));
			built.put(language, new Localized(language, localizer.questionnaire(questionnaire),
					localizer.knowledge(knowledge), localizer.findingTitles(titles), Words.in(language)));
		}
		this.localized = Map.copyOf(built);
	}

	public Languages languages() {
		return languages;
	}

	/** Everything in this language; English for a language not on offer. */
	public Localized in(Language language) {
		return localized.getOrDefault(language, localized.get(Language.ENGLISH));
	}

}
