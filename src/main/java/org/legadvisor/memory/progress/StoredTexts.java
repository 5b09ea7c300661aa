package org.legadvisor.memory.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.knowledge.Action;
import org.legadvisor.knowledge.Framework;
import org.legadvisor.knowledge.ProfileModel;
import org.legadvisor.language.Language;
import org.legadvisor.language.Localized;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.language.Translator;
import org.legadvisor.memory.MemoryWords;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.QuestionType;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * The texts of stored reports in the reader's language. A round keeps its report as produced, in English; what a
 * reader reads of it (finding, action and principle titles, levels, questions, answers) is looked up by id in the
 * knowledge base of the reader's language. The stored words are kept only for an id today's knowledge base no
 * longer has (a finding an older rule base concluded, say), the one thing nothing else can name.
 */
public final class StoredTexts {

	private final Localized localized;

	public StoredTexts(Localized localized) {
		this.localized = localized;
	}

	/** The texts in the language of {@code locale}; English for a language not on offer. */
	public static StoredTexts in(Translator translator, Locale locale) {
		Language language = translator.languages().find(locale.getLanguage()).orElse(Language.ENGLISH);
		return new StoredTexts(translator.in(language));
	}

	public Locale locale() {
		return localized.language().locale();
	}

	/** The memory's own words ({@code messages*.properties}) in this language. */
	public String say(String key, Object... arguments) {
		return MemoryWords.text(locale(), key, arguments);
	}

	/** An answers document's problems said in this language, each question by its text in it. */
	public InvalidAnswersException said(InvalidAnswersException refused) {
		return refused.in(localized.problemWords());
	}

	public String findingTitle(String id, String stored) {
		return localized.findingTitles().title(id).orElse(stored);
	}

	public String actionTitle(String id, String stored) {
		return localized.knowledge().action(id).map(Action::title).orElse(stored);
	}

	public String principleName(String id, String stored) {
		return principle(id).map(Framework.Principle::name).orElse(stored);
	}

	/** The principle's short name, else its name. */
	public String principleShortName(String id, String stored) {
		return principle(id).map(p -> p.shortName() == null ? p.name() : p.shortName()).orElse(stored);
	}

	private Optional<Framework.Principle> principle(String id) {
		return localized.knowledge().framework().principle(id);
	}

	/** The words of a maturity level by its id ({@code emerging}...), or of too few answers to tell. */
	public String levelLabel(String level, String stored) {
		if (level == null) {
			return stored;
		}
		ProfileModel profile = localized.knowledge().profile();
		List<ProfileModel.Level> levels = new ArrayList<>(profile.levels());
		Optional.ofNullable(profile.insufficient()).ifPresent(levels::add);
		return levels.stream().filter(l -> level.equals(l.id())).map(ProfileModel.Level::label).findFirst()
			.orElse(stored);
	}

	public String severity(String severity) {
		return localized.knowledge().priorities().severityLabels().getOrDefault(severity, severity);
	}

	public String questionText(String id, String stored) {
		return localized.questionnaire().question(id).map(Questionnaire.Question::text).orElse(stored);
	}

	/**
	 * The words of an answer as the answers document gives it (a value, several joined by ", ", a number, free
	 * text), as the report says it: option labels, yes/partly/no and don't know in words, a number with its unit,
	 * free text as typed.
	 */
	public String answer(String question, JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		List<String> values = new ArrayList<>();
		if (value.isArray()) {
			value.forEach(v -> values.add(v.asText()));
		}
		else {
			values.add(value.asText());
		}
		return answer(question, String.join(", ", values));
	}

	private String answer(String questionId, String answer) {
		if (Answer.DONT_KNOW.equals(answer)) {
			return localized.words().get("answer." + Answer.DONT_KNOW);
		}
		Questionnaire.Question question = localized.questionnaire().question(questionId).orElse(null);
		if (question == null || question.type() == QuestionType.TEXT) {
			return answer;
		}
		if (question.type() == QuestionType.YES_PARTLY_NO && Answer.YES_PARTLY_NO.contains(answer)) {
			return localized.words().get("answer." + answer);
		}
		if (question.options().isEmpty()) {
			return question.unit() == null ? answer : answer + " " + question.unit();
		}
		return java.util.Arrays.stream(answer.split(", "))
			.map(v -> question.option(v).map(Questionnaire.Option::label).orElse(v))
			.collect(java.util.stream.Collectors.joining("; "));
	}

	/** Progress between two rounds with every text a reader reads in this language; ids and figures as they are. */
	public Progress progress(Progress progress) {
		return new Progress(progress.from(), progress.to(),
				progress.principles().stream()
					.map(p -> new Progress.PrincipleChange(p.principle(), principleName(p.principle(), p.name()),
							standing(p.before()), standing(p.after()), p.change()))
					.toList(),
				findings(progress.resolved()), findings(progress.added()), findings(progress.persisting()),
				progress.answersChanged().stream()
					.map(a -> new Progress.AnswerChange(a.question(), questionText(a.question(), a.questionText()),
							a.before(), a.after()))
					.toList());
	}

	public List<Progress.FindingRef> findings(List<Progress.FindingRef> findings) {
		return findings.stream()
			.map(f -> new Progress.FindingRef(f.id(), findingTitle(f.id(), f.title()), f.severity(), f.principle()))
			.toList();
	}

	private Progress.Standing standing(Progress.Standing standing) {
		return new Progress.Standing(standing.score(), standing.level(),
				levelLabel(standing.level(), standing.levelLabel()));
	}

}
