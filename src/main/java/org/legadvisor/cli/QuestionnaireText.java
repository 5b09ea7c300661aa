package org.legadvisor.cli;

import java.util.stream.Collectors;

import org.legadvisor.language.Words;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.Questionnaire.Question;

/**
 * The questionnaire as a form to read on screen or print: sections, questions, help and what each accepts, in the
 * language of the questionnaire and words given.
 */
final class QuestionnaireText {

	private static final String NL = System.lineSeparator();

	private final Words words;

	QuestionnaireText(Words words) {
		this.words = words;
	}

	String render(Questionnaire questionnaire) {
		StringBuilder out = new StringBuilder();
		out.append(words.format("cli.questionnaire.title", questionnaire.title(), questionnaire.version())).append(NL);
		out.append(questionnaire.intro()).append(NL);
		int number = 0;
		for (Questionnaire.Section section : questionnaire.sections()) {
			out.append(NL).append("== ").append(section.title()).append(" ==").append(NL);
			if (section.intro() != null) {
				out.append(section.intro()).append(NL);
			}
			for (Question question : section.questions()) {
				number++;
				out.append(NL).append(number).append(". ").append(question.text()).append("  [").append(question.id())
					.append(']').append(NL);
				if (question.showIf() != null) {
					out.append("   ").append(words.format("cli.questionnaire.onlyIf", question.showIf().question(),
							String.join(words.get("words.or"), question.showIf().anyOf()))).append(NL);
				}
				if (question.help() != null) {
					out.append("   ").append(question.help()).append(NL);
				}
				question.options().forEach(o -> out.append("   - ").append(o.value()).append(": ").append(o.label()).append(NL));
				out.append("   ").append(words.get("cli.questionnaire.answer")).append(' ').append(expected(question))
					.append(NL);
			}
		}
		return out.toString();
	}

	/** What a question accepts, in the form an answers file writes it. */
	String expected(Question question) {
		String unknown = " | " + Answer.DONT_KNOW;
		return switch (question.type()) {
			case YES_PARTLY_NO -> String.join(" | ", Answer.YES_PARTLY_NO) + unknown;
			case SINGLE_CHOICE -> question.options().stream().map(Questionnaire.Option::value)
				.collect(Collectors.joining(" | ")) + unknown;
			case MULTI_CHOICE -> words.format("cli.questionnaire.list", question.options().stream()
				.map(Questionnaire.Option::value).collect(Collectors.joining(", "))) + unknown;
			case NUMBER -> words.get(question.wholeNumber() ? "cli.questionnaire.wholeNumber" : "cli.questionnaire.number")
					+ range(question) + (question.unit() == null ? "" : " (" + question.unit() + ")")
					+ (question.atMost() == null ? "" : words.format("cli.questionnaire.atMost", question.atMost()))
					+ unknown;
			case TEXT -> words.get("cli.questionnaire.text");
		};
	}

	private String range(Question question) {
		if (question.min() == null && question.max() == null) {
			return "";
		}
		return words.format("cli.questionnaire.range", whole(question.min()), whole(question.max()));
	}

	/** A bound as an answers file writes it: 52, not 52.0 (a string, so that no grouping or decimal comma creeps in). */
	private String whole(Double value) {
		return value == null ? words.get("cli.questionnaire.any")
				: value == Math.rint(value) ? String.valueOf(value.longValue()) : value.toString();
	}

}
