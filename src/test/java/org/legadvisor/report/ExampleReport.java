package org.legadvisor.report;

import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.language.Language;
import org.legadvisor.language.Translator;

/** The report of a bundled example, through the real rules, in English: what the tests of each format render. */
public final class ExampleReport {

	private ExampleReport() {
	}

	/** The report of {@code knowledge-base/examples/NAME.json}, the rules compiled for it and released after. */
	public static Report of(String example) throws Exception {
		try (AdvisorFixture fixture = new AdvisorFixture()) {
			return new ReportBuilder(fixture.advisor().questionnaire(), fixture.advisor().knowledge())
				.build(fixture.assess(AdvisorFixture.profile(example)));
		}
	}

	/** The report of {@code knowledge-base/examples/NAME.json} in {@code language}. */
	public static Report of(String example, Language language) throws Exception {
		try (AdvisorFixture fixture = new AdvisorFixture()) {
			Translator translator = new Translator(fixture.advisor().questionnaire(), fixture.advisor().knowledge());
			return new ReportBuilder(translator.in(language)).build(fixture.assess(AdvisorFixture.profile(example)));
		}
	}

}
