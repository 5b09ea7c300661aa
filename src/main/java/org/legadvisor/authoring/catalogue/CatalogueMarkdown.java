package org.legadvisor.authoring.catalogue;

/** The rule catalogue as a Markdown document to share: a section per principle, one heading per rule. */
final class CatalogueMarkdown {

	private static final String NL = System.lineSeparator();

	String render(Catalogue catalogue) {
		StringBuilder out = new StringBuilder();
		out.append("# Rule catalogue").append(NL).append(NL).append(catalogue.rules()).append(" rules in ")
			.append(catalogue.files()).append(" files (`").append(catalogue.rulesFolder()).append("`, version `")
			.append(catalogue.version()).append("`).").append(NL);
		catalogue.unreadable().forEach(u -> out.append(NL).append("> Not readable, left out: `").append(u).append('`').append(NL));
		for (Catalogue.PrincipleGroup group : catalogue.principles()) {
			out.append(NL).append("## ").append(group.id() == null ? "Without a known principle"
					: group.id() + " " + escape(group.name())).append(NL);
			if (group.section() != null) {
				out.append(NL).append('_').append(group.section()).append('_').append(NL);
			}
			group.rules().forEach(entry -> entry(entry, out));
		}
		if (!catalogue.signalRules().isEmpty()) {
			out.append(NL).append("## Signal rules").append(NL).append(NL)
				.append("Derived facts that diagnosis rules read.").append(NL);
			catalogue.signalRules().forEach(entry -> entry(entry, out));
		}
		if (!catalogue.otherRules().isEmpty()) {
			out.append(NL).append("## Other rules").append(NL);
			catalogue.otherRules().forEach(entry -> entry(entry, out));
		}
		return out.toString();
	}

	private static void entry(Catalogue.Entry entry, StringBuilder out) {
		out.append(NL).append("### ").append(entry.id() == null ? "" : "`" + entry.id() + "` ").append(escape(entry.name()))
			.append(NL).append(NL);
		out.append("- **Looks at:**").append(NL);
		entry.looksAt().forEach(c -> out.append("  - ").append(escape(CatalogueText.condition(c))).append(NL));
		if (entry.severity() != null || entry.challenge() != null) {
			out.append("- **Concludes:** ").append(escape(CatalogueText.concludes(entry))).append(NL);
		}
		entry.actions().forEach(a -> out.append("- **Action:** ").append(escape(CatalogueText.named(a))).append(NL));
		entry.derives().forEach(d -> out.append("- **Derives:** signal ").append(escape(CatalogueText.named(d))).append(NL));
		if (!entry.sections().isEmpty()) {
			out.append("- **Paper:** ").append(String.join("; ", entry.sections())).append(NL);
		}
		if (entry.basis() != null) {
			out.append("- **Basis:** ").append(escape(CatalogueText.basis(entry.basis()))).append(NL);
		}
		out.append("- **Rule:** `").append(entry.file()).append(':').append(entry.line()).append('`').append(NL);
	}

	/** Keeps Markdown from reading an underscore or a star in plain text as emphasis. */
	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;");
	}

}
