package org.legadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.assessment.Assessment;
import org.legadvisor.language.Language;
import org.legadvisor.language.Translator;

/** A French report for every bundled example: the same findings and ranked actions as in English, in French. */
class FrenchReportsTest {

	private static AdvisorFixture fixture;

	private static ReportBuilder english;

	private static ReportBuilder french;

	@BeforeAll
	static void start() throws Exception {
		fixture = new AdvisorFixture();
		Translator translator = new Translator(fixture.advisor().questionnaire(), fixture.advisor().knowledge());
		english = new ReportBuilder(translator.in(Language.ENGLISH));
		french = new ReportBuilder(translator.in(new Language("fr")));
	}

	@AfterAll
	static void stop() {
		fixture.close();
	}

	static List<String> examples() throws IOException {
		try (Stream<Path> files = Files.list(AdvisorFixture.EXAMPLES)) {
			return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
				.filter(n -> !n.endsWith(".expected.json")).map(n -> n.substring(0, n.length() - ".json".length()))
				.sorted().toList();
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void readsTheSameFindingsAndActionsInFrench(String example) throws Exception {
		Assessment assessment = fixture.assess(AdvisorFixture.profile(example));

		Report en = english.build(assessment);
		Report fr = french.build(assessment);

		assertThat(fr.language()).isEqualTo("fr");
		assertThat(fr.findings()).extracting(Report.FindingItem::id)
			.containsExactlyElementsOf(en.findings().stream().map(Report.FindingItem::id).toList());
		assertThat(fr.actions()).extracting(a -> a.rank() + " " + a.id() + " " + a.score())
			.containsExactlyElementsOf(en.actions().stream().map(a -> a.rank() + " " + a.id() + " " + a.score()).toList());
		for (int i = 0; i < fr.findings().size(); i++) {
			assertThat(fr.findings().get(i).title()).isNotEqualTo(en.findings().get(i).title());
			assertThat(fr.findings().get(i).principleName()).isNotEqualTo(en.findings().get(i).principleName());
		}
		for (int i = 0; i < fr.actions().size(); i++) {
			Report.ActionItem f = fr.actions().get(i);
			Report.ActionItem e = en.actions().get(i);
			assertThat(List.of(f.title(), f.what(), f.firstStep(), f.responsibleLabel(), f.horizonLabel()))
				.doesNotContainAnyElementsOf(List.of(e.title(), e.what(), e.firstStep(), e.responsibleLabel(),
						e.horizonLabel()));
		}
		assertThat(fr.summary().headline()).isNotEqualTo(en.summary().headline());
		assertThat(fr.profile()).extracting(Report.PrincipleItem::levelLabel)
			.doesNotContainAnyElementsOf(en.profile().stream().map(Report.PrincipleItem::levelLabel).toList());
		assertThat(fr.ranking().description()).isNotEqualTo(en.ranking().description());
	}

}
