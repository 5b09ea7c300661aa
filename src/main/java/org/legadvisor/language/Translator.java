package org.legadvisor.language;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.legadvisor.knowledge.FindingTitles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * The knowledge base in every language on offer, each built on first use and kept: a text a translation lacks is
 * shown in English (the completeness check, {@link TranslationCheck}, lists each one). Thread-safe.
 */
public final class Translator {

	private final Questionnaire questionnaire;

	private final KnowledgeBase knowledge;

	private final FindingTitles titles;

	private final Languages languages;

	private final Map<Language, Localized> localized = new ConcurrentHashMap<>();

	public Translator(Questionnaire questionnaire, KnowledgeBase knowledge) {
		this.questionnaire = questionnaire;
		this.knowledge = knowledge;
		this.titles = FindingTitles.load(knowledge.folder());
		this.languages = Languages.in(knowledge.folder());
	}

	public Languages languages() {
		return languages;
	}

	/** Everything in this language; English for a language not on offer. */
	public Localized in(Language language) {
		Language offered = languages.all().contains(language) ? language : Language.ENGLISH;
		return localized.computeIfAbsent(offered, this::build);
	}

	private Localized build(Language language) {
		Path folder = knowledge.folder();
		Translation translation = Translation.load(folder, language);
		Localizer localizer = new Localizer((file, key, english) -> translation.text(file, key).orElse(english));
		return new Localized(language, localizer.questionnaire(questionnaire), localizer.knowledge(knowledge),
				localizer.findingTitles(titles), Words.in(language));
	}

}
