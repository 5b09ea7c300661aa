package org.legadvisor.memory.impact;

import java.util.List;

import org.legadvisor.memory.progress.Progress.FindingRef;
import org.legadvisor.memory.progress.StoredTexts;

/**
 * What a rule edit would change, as text for the terminal, in the words of messages.properties in the reader's
 * language ({@code impact} is already in it: {@link Impact#in}).
 */
public final class ImpactText {

	private ImpactText() {
	}

	public static String render(Impact impact, StoredTexts texts) {
		StringBuilder text = new StringBuilder();
		line(text, texts.say("memory.impact.title", impact.roundsRun(), impact.legs().size(),
				impact.scenariosRun()));
		if (!impact.changes()) {
			line(text, texts.say("memory.impact.nothing"));
		}
		for (Impact.Group leg : impact.legs()) {
			group(text, texts, texts.say("memory.impact.leg", leg.name(), leg.changed().size(), leg.cases()), leg);
		}
		if (impact.scenarios().cases() > 0) {
			group(text, texts, texts.say("memory.impact.scenarios", impact.scenarios().changed().size(),
					impact.scenarios().cases()), impact.scenarios());
		}
		if (!impact.notRun().isEmpty()) {
			line(text, "");
			line(text, texts.say("memory.impact.notRun", impact.notRun().size()));
			impact.notRun().forEach(n -> line(text, "  " + texts.say("memory.impact.notRunLine",
					(n.group() == null ? "" : n.group() + ", ") + n.label(), n.reason())));
		}
		return text.toString();
	}

	private static void group(StringBuilder text, StoredTexts texts, String heading, Impact.Group group) {
		line(text, "");
		line(text, heading);
		for (Impact.Change change : group.changed()) {
			line(text, "  " + change.label());
			findings(text, texts, "+ ", change.appear());
			findings(text, texts, "- ", change.disappear());
		}
	}

	private static void findings(StringBuilder text, StoredTexts texts, String sign, List<FindingRef> findings) {
		findings.forEach(f -> line(text, "    " + sign + texts.say(sign.startsWith("+")
				? "memory.impact.appears" : "memory.impact.disappears", f.title(), texts.severity(f.severity()),
				f.id())));
	}

	private static void line(StringBuilder text, String line) {
		text.append(line).append(System.lineSeparator());
	}

}
