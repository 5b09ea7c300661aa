package org.legadvisor.cli;

import java.util.stream.Collectors;

import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.Questionnaire.Question;

/** The questionnaire as a form to read on screen or print: sections, questions, help and what each accepts. */
final class QuestionnaireText {

	private static final String NL = System.lineSeparator();

	String render(Questionnaire questionnaire) {
		StringBuilder out = new StringBuilder();
		out.append(questionnaire.title()).append(" (version ").append(questionnaire.version()).append(')').append(NL);
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
					out.append("   Only if ").append(question.showIf().question()).append(" is ")
						.append(String.join(" or ", question.showIf().anyOf())).append('.').append(NL);
				}
				if (question.help() != null) {
					out.append("   ").append(question.help()).append(NL);
				}
				question.options().forEach(o -> out.append("   - ").append(o.value()).append(": ").append(o.label()).append(NL));
				out.append("   Answer: ").append(expected(question)).append(NL);
			}
		}
		return out.toString();
	}

	/** What a question accepts, in the form an answers file writes it. */
	static String expected(Question question) {
		String unknown = " | " + Answer.DONT_KNOW;
		return switch (question.type()) {
			case YES_PARTLY_NO -> String.join(" | ", Answer.YES_PARTLY_NO) + unknown;
			case SINGLE_CHOICE -> question.options().stream().map(Questionnaire.Option::value)
				.collect(Collectors.joining(" | ")) + unknown;
			case MULTI_CHOICE -> "[a list of: " + question.options().stream().map(Questionnaire.Option::value)
				.collect(Collectors.joining(", ")) + "]" + unknown;
			case NUMBER -> (question.wholeNumber() ? "a whole number" : "a number") + range(question)
					+ (question.unit() == null ? "" : " (" + question.unit() + ")")
					+ (question.atMost() == null ? "" : ", at most the answer to " + question.atMost()) + unknown;
			case TEXT -> "free text";
		};
	}

	private static String range(Question question) {
		if (question.min() == null && question.max() == null) {
			return "";
		}
		return " from " + whole(question.min()) + " to " + whole(question.max());
	}

	private static String whole(Double value) {
		return value == null ? "any" : value == Math.rint(value) ? String.valueOf(value.longValue()) : value.toString();
	}

}
