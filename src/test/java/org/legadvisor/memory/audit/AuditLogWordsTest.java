package org.legadvisor.memory.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The audit log keeps who made a change on the command line in no language, and says it in the reader's: the
 * language of the request (or command) reading the log.
 */
class AuditLogWordsTest {

	private static final Instant AT = Instant.parse("2026-03-01T10:30:00Z");

	@AfterEach
	void noLanguageLeftBound() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void theCommandLineIsSaidInTheReadersLanguage() {
		String stored = AuditLog.commandLine("amina");

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		AuditLog.Entry english = AuditLog.entry(AT, stored, null, "backup.imported", null, "2 LEGs");
		LocaleContextHolder.setLocale(Locale.FRENCH);
		AuditLog.Entry french = AuditLog.entry(AT, stored, null, "backup.imported", null, "2 LEGs");

		assertThat(stored).doesNotContain("command line").contains("amina");
		assertThat(english.actor()).isEqualTo("command line (amina)");
		assertThat(english.description()).startsWith("command line (amina) restored");
		assertThat(french.actor()).isEqualTo("ligne de commande (amina)");
		assertThat(french.description()).startsWith("ligne de commande (amina) a restauré")
			.doesNotContain("command line", "restored");
	}

	@Test
	void theEnglishFormOfEarlierVersionsReadsInFrenchToo() {
		LocaleContextHolder.setLocale(Locale.FRENCH);

		assertThat(AuditLog.entry(AT, "command line (amina)", null, "backup.imported", null, "").actor())
			.isEqualTo("ligne de commande (amina)");
	}

	@Test
	void anAccountIsNamedAsItIs() {
		LocaleContextHolder.setLocale(Locale.FRENCH);

		AuditLog.Entry entry = AuditLog.entry(AT, "amina", 3L, "leg.created", "Freedonia LEG", null);

		assertThat(entry.actor()).isEqualTo("amina");
		assertThat(entry.description()).isEqualTo("amina a créé le GLPE « Freedonia LEG ».");
	}

	@Test
	void detailsAreKeptInNoLanguageAndSaidInTheReaders() {
		String round = AuditLog.detail("findings", 12);
		String plan = AuditLog.detail("status", "in_progress", "owner", "Unité de planification", "due", null);
		String member = AuditLog.detail("role", "coordinator", "leg", "Freedonia LEG");

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		String english = AuditLog.entry(AT, "amina", 3L, "plan.changed", "A-TOR-DRAFT", plan).description();
		LocaleContextHolder.setLocale(Locale.FRENCH);
		String french = AuditLog.entry(AT, "amina", 3L, "plan.changed", "A-TOR-DRAFT", plan).description();

		assertThat(round + plan + member).doesNotContain("areas", "In progress", "made");
		assertThat(english).isEqualTo("amina changed the action A-TOR-DRAFT of the plan: status In progress, owner "
				+ "Unité de planification, due -.");
		assertThat(french).isEqualTo("amina a modifié l'action A-TOR-DRAFT du plan : statut En cours, responsable "
				+ "Unité de planification, échéance -.");
		assertThat(AuditLog.entry(AT, "amina", 3L, "round.saved", "Freedonia LEG", round).detail())
			.isEqualTo("12 domaines à renforcer");
		assertThat(AuditLog.entry(AT, "amina", 3L, "member.granted", "bruno", member).description())
			.isEqualTo("amina a fait de bruno un coordonnateur du GLPE « Freedonia LEG ».");
	}

	@Test
	void aDetailEarlierVersionsStoredInWordsIsShownAsItWas() {
		LocaleContextHolder.setLocale(Locale.FRENCH);

		assertThat(AuditLog.entry(AT, "amina", 3L, "round.saved", "Freedonia LEG", "12 areas to strengthen").detail())
			.isEqualTo("12 areas to strengthen");
	}

}
