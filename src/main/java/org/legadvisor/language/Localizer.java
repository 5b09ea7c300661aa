package org.legadvisor.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.legadvisor.knowledge.Action;
import org.legadvisor.knowledge.FindingTitles;
import org.legadvisor.knowledge.Framework;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.knowledge.PriorityModel;
import org.legadvisor.knowledge.ProfileModel;
import org.legadvisor.knowledge.ThresholdEntry;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.Questionnaire.Option;
import org.legadvisor.questionnaire.Questionnaire.Question;
import org.legadvisor.questionnaire.Questionnaire.Section;

/**
 * The one place that knows which text of the knowledge base sits at which key of a translation file: it rebuilds
 * the questionnaire, the knowledge base and the finding titles with every text a person reads taken from a
 * {@link TextSource}, and everything else (ids, grades, figures, conditions) as it is. The same walk serves to
 * translate and, with a recording source, to list the keys a complete translation has.
 */
final class Localizer {

	static final String QUESTIONNAIRE = "questionnaire.json";

	static final String ACTIONS = "actions.json";

	static final String FRAMEWORK = "framework.json";

	static final String SIGNALS = "signals.json";

	static final String THRESHOLDS = "thresholds.json";

	static final String PRIORITIES = "priorities.json";

	static final String PROFILE = "profile.json";

	static final String FINDINGS = FindingTitles.FILE;

	private final TextSource source;

	Localizer(TextSource source) {
		this.source = source;
	}

	private static String key(String... names) {
		return String.join(Translation.SEPARATOR, names);
	}

	private String text(String file, String english, String... names) {
		return english == null ? null : source.text(file, key(names), english);
	}

	Questionnaire questionnaire(Questionnaire english) {
		List<Section> sections = english.sections().stream()
			.map(s -> new Section(s.id(), text(QUESTIONNAIRE, s.title(), "sections", s.id(), "title"),
					text(QUESTIONNAIRE, s.intro(), "sections", s.id(), "intro"),
					s.questions().stream().map(this::question).toList()))
			.toList();
		return new Questionnaire(english.version(), text(QUESTIONNAIRE, english.title(), "title"),
				text(QUESTIONNAIRE, english.intro(), "intro"), sections);
	}

	private Question question(Question q) {
		List<Option> options = q.options().stream()
			.map(o -> new Option(o.value(), text(QUESTIONNAIRE, o.label(), "questions", q.id(), "options", o.value(), "label"),
					o.grade(), text(QUESTIONNAIRE, o.healthy(), "questions", q.id(), "options", o.value(), "healthy")))
			.toList();
		Map<String, String> healthy = new LinkedHashMap<>();
		q.healthy().forEach((answer, why) -> healthy.put(answer, text(QUESTIONNAIRE, why, "questions", q.id(), "healthy", answer)));
		return new Question(q.id(), text(QUESTIONNAIRE, q.text(), "questions", q.id(), "text"),
				text(QUESTIONNAIRE, q.help(), "questions", q.id(), "help"), q.type(), q.min(), q.max(),
				text(QUESTIONNAIRE, q.unit(), "questions", q.id(), "unit"), options, q.showIf(), q.elements(),
				q.commonKnowledge(), q.context(), q.wholeNumber(), q.atMost(), healthy);
	}

	KnowledgeBase knowledge(KnowledgeBase english) {
		Map<String, Action> actions = new LinkedHashMap<>();
		english.actions().forEach((id, a) -> actions.put(id, new Action(id, text(ACTIONS, a.title(), id, "title"),
				text(ACTIONS, a.what(), id, "what"), text(ACTIONS, a.firstStep(), id, "firstStep"), a.lead(), a.horizon(),
				a.elements(), a.section(), a.basis())));
		Map<String, String> signals = new LinkedHashMap<>();
		english.signals().forEach((id, label) -> signals.put(id, text(SIGNALS, label, "signals", id)));
		Map<String, ThresholdEntry> thresholds = new LinkedHashMap<>();
		english.thresholds().forEach((id, t) -> thresholds.put(id, new ThresholdEntry(id, t.value(),
				text(THRESHOLDS, t.label(), "thresholds", id, "label"), t.basis(),
				text(THRESHOLDS, t.reason(), "thresholds", id, "reason"))));
		return new KnowledgeBase(english.folder(), framework(english.framework()), actions, signals,
				priorities(english.priorities()), profile(english.profile()), thresholds);
	}

	private Framework framework(Framework f) {
		return new Framework(
				f.functions().stream().map(x -> new Framework.Function(x.id(),
						text(FRAMEWORK, x.name(), "functions", x.id(), "name"), x.section())).toList(),
				f.challenges().stream().map(c -> new Framework.Challenge(c.id(),
						text(FRAMEWORK, c.name(), "challenges", c.id(), "name"),
						text(FRAMEWORK, c.summary(), "challenges", c.id(), "summary"), c.section())).toList(),
				f.principles().stream().map(p -> new Framework.Principle(p.id(),
						text(FRAMEWORK, p.name(), "principles", p.id(), "name"),
						text(FRAMEWORK, p.shortName(), "principles", p.id(), "shortName"),
						text(FRAMEWORK, p.summary(), "principles", p.id(), "summary"), p.answers(), p.section(),
						p.elements().stream().map(e -> new Framework.Element(e.id(),
								text(FRAMEWORK, e.text(), "elements", e.id(), "text"), e.section())).toList()))
					.toList());
	}

	private PriorityModel priorities(PriorityModel p) {
		var foundational = p.foundational();
		return new PriorityModel(text(PRIORITIES, p.about(), "about"), weights(p.severity(), "severity"),
				new PriorityModel.Foundational(text(PRIORITIES, foundational.about(), "foundational", "about"),
						foundational.step(),
						foundational.order().stream().map(place -> new PriorityModel.Place(place.principle(),
								text(PRIORITIES, place.about(), "foundational", "order", place.principle(), "about"))).toList()),
				weight(p.perExtraFinding(), "perExtraFinding"), weights(p.horizon(), "horizon"),
				p.raises().stream().map(r -> new PriorityModel.Raise(r.id(), r.principle(), r.whenElements(),
						r.whenSignals(), r.points(), text(PRIORITIES, r.label(), "raises", r.id(), "label"),
						text(PRIORITIES, r.effect(), "raises", r.id(), "effect"),
						text(PRIORITIES, r.about(), "raises", r.id(), "about"))).toList(),
				p.focus() == null ? null : new PriorityModel.Focus(p.focus().question(), p.focus().points(),
						text(PRIORITIES, p.focus().about(), "focus", "about")),
				labels(p.leadLabels(), "leadLabels"), labels(p.horizonLabels(), "horizonLabels"),
				labels(p.severityLabels(), "severityLabels"), labels(p.reasons(), "reasons"));
	}

	private PriorityModel.Weight weight(PriorityModel.Weight w, String... names) {
		return w == null ? null : new PriorityModel.Weight(w.points(), text(PRIORITIES, w.about(), key(key(names), "about")));
	}

	private <K> Map<K, PriorityModel.Weight> weights(Map<K, PriorityModel.Weight> weights, String name) {
		return mapValues(weights, (k, w) -> weight(w, name, k.toString()));
	}

	private Map<String, String> labels(Map<String, String> labels, String name) {
		return mapValues(labels, (k, label) -> text(PRIORITIES, label, name, k));
	}

	private ProfileModel profile(ProfileModel p) {
		Function<ProfileModel.Level, ProfileModel.Level> level = l -> l == null ? null
				: new ProfileModel.Level(l.id(), text(PROFILE, l.label(), "levels", l.id(), "label"), l.minScore());
		ProfileModel.Level insufficient = p.insufficient() == null ? null : new ProfileModel.Level(p.insufficient().id(),
				text(PROFILE, p.insufficient().label(), "insufficient", "label"), p.insufficient().minScore());
		return new ProfileModel(text(PROFILE, p.about(), "about"),
				mapValues(p.why(), (k, why) -> text(PROFILE, why, "why", k)), p.penalty(), p.penaltyOnOneGradedAnswer(),
				p.penaltyCap(), p.minimumAnsweredShare(), p.minimumGradedAnswers(),
				p.levels().stream().map(level).toList(), insufficient);
	}

	FindingTitles findingTitles(FindingTitles english) {
		return new FindingTitles(mapValues(english.titles(), (id, title) -> text(FINDINGS, title, id, "title")),
				mapValues(english.practices(), (id, reason) -> text(FINDINGS, reason, id, "practice")));
	}

	private static <K, V> Map<K, V> mapValues(Map<K, V> map, java.util.function.BiFunction<K, V, V> change) {
		if (map == null) {
			return null;
		}
		Map<K, V> changed = new LinkedHashMap<>();
		map.forEach((k, v) -> changed.put(k, change.apply(k, v)));
		return changed;
	}

}
