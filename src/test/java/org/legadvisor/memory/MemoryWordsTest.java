package org.legadvisor.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** The memory's words follow the language of the request being served, and are English outside one. */
class MemoryWordsTest {

	@AfterEach
	void leaveTheRequest() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void saysARefusalInTheLanguageOfTheRequest() {
		LocaleContextHolder.setLocale(Locale.FRENCH);

		MemoryException refused = MemoryException.legNotFound(42);

		assertThat(refused.getMessage()).isEqualTo("Il n'existe pas de GLPE 42.");
		assertThat(refused.title()).isEqualTo("Introuvable");
		assertThat(MemoryWords.text("memory.status.in_progress")).isEqualTo("En cours");
	}

	@Test
	void speaksEnglishOutsideARequestWhateverTheMachinesLanguage() {
		Locale machine = Locale.getDefault();
		Locale.setDefault(Locale.FRENCH);
		try {
			assertThat(MemoryException.legNotFound(42).getMessage()).isEqualTo("There is no LEG 42.");
		}
		finally {
			Locale.setDefault(machine);
		}
	}

	@Test
	void fallsBackToEnglishForALanguageWithoutWords() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("sw"));

		assertThat(MemoryWords.text("memory.status.done")).isEqualTo("Done");
	}

}
