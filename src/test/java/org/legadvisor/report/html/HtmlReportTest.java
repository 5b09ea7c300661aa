package org.legadvisor.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legadvisor.report.ExampleReport;
import org.legadvisor.report.Report;

/** The file the command line writes is the page the service shows, less the buttons that need the service. */
class HtmlReportTest {

	private static Report report;

	@BeforeAll
	static void assessTheDonorLedExample() throws Exception {
		report = ExampleReport.of("donor-chaired-no-tor");
	}

	@Test
	void writesTheServicesPageWithoutTheDownloadFormAndTheWayBack() {
		HtmlReport html = new HtmlReport();
		Document file = Jsoup.parse(html.render(report));
		Document page = Jsoup.parse(html.render(report, "{\"leg\":{\"name\":\"x\"}}"));

		assertThat(page.select("form[action=/report/download] input[name=answers]").attr("value"))
			.isEqualTo("{\"leg\":{\"name\":\"x\"}}");
		assertThat(page.select("a[href=/]")).hasSize(1);
		page.select(".toolbar form, .toolbar a[href=/]").remove();
		assertThat(file.select("form, a[href=/]")).isEmpty();
		assertThat(file.outerHtml()).isEqualTo(page.outerHtml());
	}

	@Test
	void namesThePrinciplesOnTheRadarByTheirShortNames() {
		Document page = Jsoup.parse(new HtmlReport().render(report));

		assertThat(page.select("#radar-chart .axis-short").eachText()).containsExactly("Mandate", "Inclusion",
				"Governance", "Working", "arrangements", "Monitoring", "Leadership", "Partnership", "dynamics");
		assertThat(page.select("#radar-chart .axis-score").eachText()).hasSize(7).allMatch(s -> s.matches("P\\d · \\d+"));
	}

	@Test
	void opensWithTheSummaryAndClosesEveryDetail() {
		Document page = Jsoup.parse(new HtmlReport().render(report));

		assertThat(page.select("main > *").first().id()).isEqualTo("summary");
		assertThat(page.select("details.part").eachAttr("id")).containsExactly("part-profile", "part-context",
				"part-findings", "part-actions", "part-answers");
		assertThat(page.select("details[open]")).isEmpty();
		assertThat(page.select("#part-answers td").eachText()).doesNotContain("no", "yes", "partly", "dont_know");
	}

}
