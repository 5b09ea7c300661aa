package org.legadvisor.memory.impact;

import java.util.List;

import org.legadvisor.memory.MemoryWords;
import org.legadvisor.memory.progress.Progress.FindingRef;

/** What a rule edit would change, as text for the terminal, in the words of messages.properties. */
public final class ImpactText {

	private ImpactText() {
	}

	public static String render(Impact impact) {
		StringBuilder text = new StringBuilder();
		line(text, MemoryWords.text("memory.impact.title", impact.roundsRun(), impact.legs().size(),
				impact.scenariosRun()));
		if (!impact.changes()) {
			line(text, MemoryWords.text("memory.impact.nothing"));
		}
		for (Impact.Group leg : impact.legs()) {
			group(text, MemoryWords.text("memory.impact.leg", leg.name(), leg.changed().size(), leg.cases()), leg);
		}
		if (impact.scenarios().cases() > 0) {
			group(text, MemoryWords.text("memory.impact.scenarios", impact.scenarios().changed().size(),
					impact.scenarios().cases()), impact.scenarios());
		}
		if (!impact.notRun().isEmpty()) {
			line(text, "");
			line(text, MemoryWords.text("memory.impact.notRun", impact.notRun().size()));
			impact.notRun().forEach(n -> line(text, "  " + (n.group() == null ? "" : n.group() + ", ") + n.label()
					+ ": " + n.reason()));
		}
		return text.toString();
	}

	private static void group(StringBuilder text, String heading, Impact.Group group) {
		line(text, "");
		line(text, heading);
		for (Impact.Change change : group.changed()) {
			line(text, "  " + change.label());
			findings(text, "+ ", change.appear());
			findings(text, "- ", change.disappear());
		}
	}

	private static void findings(StringBuilder text, String sign, List<FindingRef> findings) {
		findings.forEach(f -> line(text, "    " + sign + MemoryWords.text(sign.startsWith("+")
				? "memory.impact.appears" : "memory.impact.disappears", f.title(), f.severity(), f.id())));
	}

	private static void line(StringBuilder text, String line) {
		text.append(line).append(System.lineSeparator());
	}

}
