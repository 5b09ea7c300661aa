package org.legadvisor.questionnaire;

import java.util.Arrays;
import java.util.List;

/**
 * A problem's words kept as what they say rather than as text, so that they can be said in any language: a message
 * of the bundle with its parts, a question by its text, an answer by its option's label, or text given as it is (a
 * value from the document, a code the program reads).
 */
public sealed interface Phrase {

	/** These words in the language of {@code words}. */
	String in(ProblemWords words);

	/** Text said as it is in every language: what the document gave, a code, an id. */
	record Given(String text) implements Phrase {

		@Override
		public String in(ProblemWords words) {
			return text;
		}

	}

	/** A message of the bundle, its {@code {0}}, {@code {1}}... filled in with the parts. */
	record Message(String key, List<Phrase> parts) implements Phrase {

		public Message {
			parts = List.copyOf(parts);
		}

		@Override
		public String in(ProblemWords words) {
			return words.say(key, parts.stream().map(part -> part.in(words)).toArray());
		}

	}

	/** A question as people read it: by its text. */
	record QuestionText(String id) implements Phrase {

		@Override
		public String in(ProblemWords words) {
			return words.questionnaire() == null ? id
					: words.questionnaire().question(id).map(Questionnaire.Question::text).orElse(id);
		}

	}

	/** An answer in words: an option by its label, "don't know" as such; yes, partly and no as words. */
	record AnswerText(String questionId, String value) implements Phrase {

		@Override
		public String in(ProblemWords words) {
			if (Answer.DONT_KNOW.equals(value)) {
				return words.say("answers.dontKnow");
			}
			if (Answer.YES_PARTLY_NO.contains(value)) {
				return words.say("answers.value." + value);
			}
			return words.questionnaire() == null ? value : words.questionnaire().question(questionId).flatMap(q -> q.option(value))
				.map(Questionnaire.Option::label).orElse(value);
		}

	}

	/** Answers of one question, each in words and quoted, the last two joined by "or". */
	record EitherAnswer(String questionId, List<String> values) implements Phrase {

		public EitherAnswer {
			values = List.copyOf(values);
		}

		@Override
		public String in(ProblemWords words) {
			List<String> said = values.stream().map(v -> new AnswerText(questionId, v).in(words)).toList();
			if (said.size() < 2) {
				return String.join("", said);
			}
			String head = String.join(", ", said.subList(0, said.size() - 1));
			return head + words.say("words.or") + said.get(said.size() - 1);
		}

	}

	/** Phrases listed, separated by commas. */
	record Joined(List<Phrase> items) implements Phrase {

		public Joined {
			items = List.copyOf(items);
		}

		@Override
		public String in(ProblemWords words) {
			return String.join(", ", items.stream().map(item -> item.in(words)).toList());
		}

	}

	/** A threshold of the knowledge base by its label. */
	record ThresholdLabel(String id) implements Phrase {

		@Override
		public String in(ProblemWords words) {
			return words.thresholdLabels().getOrDefault(id, id);
		}

	}

	/** The message {@code key}; each part a {@link Phrase}, or anything else said as it is. */
	static Phrase say(String key, Object... parts) {
		return new Message(key, Arrays.stream(parts)
			.map(part -> part instanceof Phrase phrase ? phrase : new Given(String.valueOf(part))).toList());
	}

	static Phrase given(String text) {
		return text == null ? null : new Given(text);
	}

}
