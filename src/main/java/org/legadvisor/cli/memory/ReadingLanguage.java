package org.legadvisor.cli.memory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.legadvisor.cli.LanguageOption;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.language.Language;
import org.legadvisor.language.Languages;
import org.legadvisor.language.Translator;
import org.legadvisor.memory.progress.StoredTexts;
import org.legadvisor.questionnaire.Questionnaire;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The language a command on stored data writes in ({@code --lang}, refused in words if the knowledge base does not
 * offer it), for as long as the command runs. The memory says its words in the language of the request it serves
 * ({@link org.legadvisor.memory.MemoryWords}); on the command line the command is that request, so the language is
 * bound to the command's thread as Spring binds a request's, and unbound when the command ends.
 */
final class ReadingLanguage implements AutoCloseable {

	private final StoredTexts texts;

	private ReadingLanguage(Locale locale, StoredTexts texts) {
		this.texts = texts;
		LocaleContextHolder.setLocale(locale);
	}

	/** The language asked for, with the texts of stored reports in it, from this knowledge base. */
	static ReadingLanguage of(LanguageOption option, Questionnaire questionnaire, KnowledgeBase knowledge) {
		Language chosen = option.in(Languages.in(knowledge.folder()));
		return new ReadingLanguage(chosen.locale(),
				new StoredTexts(new Translator(questionnaire, knowledge).in(chosen)));
	}

	/**
	 * The language asked for by a command that shows no stored report (export, import), only the memory's words:
	 * checked against the knowledge base of the folder the commands run from, when there is one.
	 */
	static ReadingLanguage wordsOnly(LanguageOption option) {
		Path knowledgeBase = Path.of("knowledge-base");
		Languages languages = Files.isDirectory(knowledgeBase) ? Languages.in(knowledgeBase)
				: new Languages(List.of(Language.ENGLISH));
		Language chosen = option.in(languages);
		return new ReadingLanguage(chosen.locale(), null);
	}

	/** The texts of stored reports in the language (none for {@link #wordsOnly}). */
	StoredTexts texts() {
		return texts;
	}

	@Override
	public void close() {
		LocaleContextHolder.resetLocaleContext();
	}

}
