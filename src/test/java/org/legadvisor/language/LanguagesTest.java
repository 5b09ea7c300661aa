package org.legadvisor.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.assessment.AdvisorFixture;

class LanguagesTest {

	private static final Language FRENCH = new Language("fr");

	private final Languages shipped = Languages.in(AdvisorFixture.KNOWLEDGE_BASE);

	@TempDir
	Path dir;

	@Test
	void offersEnglishAndEveryLanguageWithATranslationsFolder() {
		assertThat(shipped.all()).containsExactly(Language.ENGLISH, FRENCH);
		assertThat(shipped.translated()).containsExactly(FRENCH);
	}

	@Test
	void picksUpAStubLanguageFolderWithNoChangeToTheCode() throws IOException {
		Path knowledgeBase = KnowledgeBaseCopy.into(dir.resolve("kb"));
		Files.createDirectories(knowledgeBase.resolve("translations/es"));
		Files.createDirectories(knowledgeBase.resolve("translations/not-a-language"));

		assertThat(Languages.in(knowledgeBase).all()).containsExactly(Language.ENGLISH, new Language("es"), FRENCH);
	}

	@Test
	void findsALanguageByCodeWhateverItsCaseOrRegion() {
		assertThat(shipped.find("fr")).contains(FRENCH);
		assertThat(shipped.find("FR")).contains(FRENCH);
		assertThat(shipped.find("fr-CA")).contains(FRENCH);
		assertThat(shipped.find("fr_BE")).contains(FRENCH);
		assertThat(shipped.find("de")).isEmpty();
		assertThat(shipped.find("")).isEmpty();
	}

	@Test
	void answersAnAcceptLanguageHeaderWithTheReadersPreferredLanguageOnOffer() {
		assertThat(shipped.preferred("fr-FR,fr;q=0.9,en;q=0.8")).isEqualTo(FRENCH);
		assertThat(shipped.preferred("de-DE,fr;q=0.7,en;q=0.8")).isEqualTo(Language.ENGLISH);
		assertThat(shipped.preferred("de-DE,fr;q=0.7")).isEqualTo(FRENCH);
		assertThat(shipped.preferred("de")).isEqualTo(Language.ENGLISH);
		assertThat(shipped.preferred(null)).isEqualTo(Language.ENGLISH);
		assertThat(shipped.preferred(";;q=x")).isEqualTo(Language.ENGLISH);
	}

}
