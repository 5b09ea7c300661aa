package org.legadvisor.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.legadvisor.report.Report;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The report as one standalone HTML page: styles, script and SVG charts inline, nothing loaded from elsewhere, so the
 * page works offline and can be saved or printed as it is. Every text from the answers goes through {@code th:text}.
 * It needs no running server: the engine is Thymeleaf's own, reading the templates from the class path and the words
 * from {@code messages.properties}, so the command line writes the page the service shows.
 */
public final class HtmlReport {

	/** A principle's findings, in report order. */
	record PrincipleFindings(String principle, String name, List<Report.FindingItem> findings) {
	}

	private final TemplateEngine templates;

	public HtmlReport() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlReport.class.getClassLoader());
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		// The expression language is Spring's (SpEL), as on the service's other pages; no application context is needed.
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		this.templates = engine;
	}

	/** The report as a file: everything but what needs the service (downloads, the way back to the form). */
	public String render(Report report) {
		return render(report, null);
	}

	/**
	 * The report as the service shows it: {@code answersJson}, the answers document as JSON, feeds the download buttons
	 * (which post it back); null leaves them out.
	 */
	public String render(Report report, String answersJson) {
		return render(report, answersJson, Map.of());
	}

	/**
	 * The report as the service shows it to someone logged in: {@code additions} are the page's variables for what the
	 * LEG's memory adds ({@code workspace}: the LEG and saving as a round; {@code sinceLast}: the progress since the
	 * LEG's previous round), drawn by {@code workspace-report.html}.
	 */
	public String render(Report report, String answersJson, Map<String, ?> additions) {
		// The page's words in the report's language (messages_fr for French), its lang attribute too.
		Context context = new Context(report.words().language().locale());
		context.setVariable("report", report);
		context.setVariable("radar", RadarChart.of(report.profile()));
		context.setVariable("bars", BarChart.of(report.summary().byChallenge(), report.summary().challengeNames()));
		context.setVariable("findingGroups", byPrinciple(report.findings()));
		context.setVariable("answersJson", answersJson);
		additions.forEach(context::setVariable);
		return templates.process("report", context);
	}

	private static List<PrincipleFindings> byPrinciple(List<Report.FindingItem> findings) {
		Map<String, PrincipleFindings> groups = new LinkedHashMap<>();
		for (Report.FindingItem finding : findings) {
			groups.computeIfAbsent(finding.principle(),
					id -> new PrincipleFindings(id, finding.principleName(), new ArrayList<>())).findings().add(finding);
		}
		return List.copyOf(groups.values());
	}

}
