package org.legadvisor.report.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * The HTML report made ready for the PDF renderer, which lays out CSS 2 and draws each chart apart (Batik): custom
 * properties ({@code var(--accent)}) are written out as their values, and the style rules that apply inside a chart
 * are written onto its elements, since the page's style sheet does not reach an SVG drawn on its own.
 */
final class PrintablePage {

	private static final Pattern PROPERTY = Pattern.compile("(--[\\w-]+)\\s*:\\s*([^;}]+)");

	private static final Pattern USE = Pattern.compile("var\\(\\s*(--[\\w-]+)\\s*(?:,\\s*([^)]+))?\\)");

	private PrintablePage() {
	}

	static Document prepare(Document page) {
		// On paper nothing can be opened: every section is printed, as with the page's "Print everything".
		page.select("details").attr("open", "");
		page.select("script, button, form").remove();
		// The open/closed marker means nothing on paper (and its triangle is not in the PDF's fonts).
		page.head().appendElement("style").text("details.part > summary { display: block; } details.part > summary::before, details.part[open] > summary::before { content: none; }");
		StringBuilder sheets = new StringBuilder();
		page.select("style").forEach(style -> sheets.append(style.data()).append('\n'));
		Map<String, String> properties = properties(sheets);
		for (Element style : page.select("style")) {
			style.text(resolve(style.data(), properties));
		}
		List<String> rules = topLevelRules(resolve(sheets.toString(), properties));
		for (Element chart : page.select("svg")) {
			inlineStyles(rules, chart);
		}
		return page;
	}

	private static Map<String, String> properties(CharSequence css) {
		Map<String, String> properties = new LinkedHashMap<>();
		Matcher declared = PROPERTY.matcher(css);
		while (declared.find()) {
			properties.putIfAbsent(declared.group(1), declared.group(2).strip());
		}
		return properties;
	}

	private static String resolve(String css, Map<String, String> properties) {
		return USE.matcher(css).replaceAll(use -> {
			String value = properties.getOrDefault(use.group(1), use.group(2) == null ? "initial" : use.group(2));
			return Matcher.quoteReplacement(value.strip());
		});
	}

	/** The rules outside any at-rule (media queries are for screens and print dialogs, not for charts). */
	private static List<String> topLevelRules(String css) {
		List<String> rules = new ArrayList<>();
		String plain = css.replaceAll("(?s)/\\*.*?\\*/", "");
		int depth = 0;
		int start = 0;
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			if (c == '{') {
				depth++;
			}
			else if (c == '}' && --depth == 0) {
				String rule = plain.substring(start, i + 1).strip();
				if (!rule.startsWith("@")) {
					rules.add(rule);
				}
				start = i + 1;
			}
		}
		return rules;
	}

	/**
	 * Each rule's declarations written onto the chart's elements it selects, in the style sheet's order (later rules
	 * win, as in the cascade; the charts' rules never rely on specificity).
	 */
	private static void inlineStyles(List<String> rules, Element chart) {
		for (String rule : rules) {
			int open = rule.indexOf('{');
			String declarations = rule.substring(open + 1, rule.length() - 1).strip();
			for (String selector : rule.substring(0, open).split(",")) {
				for (Element element : selected(selector.strip(), chart)) {
					String style = element.attr("style");
					element.attr("style", style.isEmpty() ? declarations : style + ";" + declarations);
				}
			}
		}
	}

	/** The chart's own elements a selector picks; selectors about the page around the chart pick none. */
	private static List<Element> selected(String selector, Element chart) {
		if (selector.contains(":") || selector.contains("svg")) {
			return List.of();
		}
		try {
			return chart.children().stream().flatMap(child -> child.select(selector).stream()).distinct().toList();
		}
		catch (Selector.SelectorParseException unreadable) {
			return List.of();
		}
	}

}
