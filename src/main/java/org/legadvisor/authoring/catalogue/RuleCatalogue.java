package org.legadvisor.authoring.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.legadvisor.authoring.drl.AuthoredRule;
import org.legadvisor.authoring.drl.DrlReader;
import org.legadvisor.authoring.drl.Located;
import org.legadvisor.authoring.drl.MetadataEntry;
import org.legadvisor.authoring.drl.RuleModel;
import org.legadvisor.engine.RuleSources;
import org.legadvisor.knowledge.Action;
import org.legadvisor.knowledge.FindingTitles;
import org.legadvisor.knowledge.Framework;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * Builds the rule catalogue of a rules folder: diagnosis rules grouped by principle in the paper's order, then the
 * signal rules, each with its ids resolved to their words from the knowledge base and the questionnaire.
 */
public final class RuleCatalogue {

	private final KnowledgeBase knowledge;

	private final Map<String, String> names;

	private final ConditionWords words;

	private final DrlReader reader = new DrlReader();

	/** The reason of a rule resting on common practice is in findings.json, by the rule's id. */
	private final FindingTitles findings;

	public RuleCatalogue(KnowledgeBase knowledge, Questionnaire questionnaire) {
		this.knowledge = knowledge;
		this.findings = FindingTitles.load(knowledge.folder());
		this.names = knowledge.framework().namesById();
		this.words = new ConditionWords(questionnaire, knowledge.signals(), knowledge.thresholds());
	}

	public Catalogue build(RuleSources sources) {
		RuleModel model = reader.read(sources);
		String folder = sources.folder().toString();
		Map<String, List<Catalogue.Entry>> byPrinciple = new LinkedHashMap<>();
		knowledge.framework().principles().forEach(p -> byPrinciple.put(p.id(), new ArrayList<>()));
		List<Catalogue.Entry> unplaced = new ArrayList<>();
		List<Catalogue.Entry> signals = new ArrayList<>();
		List<Catalogue.Entry> others = new ArrayList<>();
		for (AuthoredRule rule : model.rules()) {
			Catalogue.Entry entry = entry(sources, rule);
			switch (rule.role()) {
				case DIAGNOSIS -> Optional.ofNullable(byPrinciple.get(first(rule.ids("principle"))))
					.orElse(unplaced).add(entry);
				case SIGNAL -> signals.add(entry);
				case OTHER -> others.add(entry);
			}
		}
		List<Catalogue.PrincipleGroup> groups = new ArrayList<>();
		for (Framework.Principle principle : knowledge.framework().principles()) {
			List<Catalogue.Entry> entries = byPrinciple.get(principle.id());
			if (!entries.isEmpty()) {
				entries.sort(Comparator.comparing(Catalogue.Entry::file).thenComparingInt(Catalogue.Entry::line));
				groups.add(new Catalogue.PrincipleGroup(principle.id(), principle.name(), principle.section(), entries));
			}
		}
		if (!unplaced.isEmpty()) {
			groups.add(new Catalogue.PrincipleGroup(null, null, null, unplaced));
		}
		List<String> unreadable = model.syntaxErrors().stream()
			.map(p -> sources.folder().resolve(p.file()) + p.toString().substring(p.file().length()))
			.toList();
		return new Catalogue(folder, sources.contentHash(), model.rules().size(), model.files(), groups, signals, others,
				unreadable);
	}

	private Catalogue.Entry entry(RuleSources sources, AuthoredRule rule) {
		boolean diagnosis = rule.role() == AuthoredRule.Role.DIAGNOSIS;
		String file = sources.folder().resolve(rule.file()).toString();
		List<Catalogue.Condition> looksAt = rule.patterns().stream().map(words::describe).toList();
		List<Catalogue.Named> derives = rule.insertedSignals().stream().map(Located::text).distinct()
			.map(s -> new Catalogue.Named(s, knowledge.signals().get(s))).toList();
		if (!diagnosis) {
			return new Catalogue.Entry(null, rule.name(), file, rule.at().line(), null, null, null, List.of(), List.of(),
					List.of(), List.of(), looksAt, derives, null);
		}
		List<String> elements = rule.ids("element");
		List<String> functions = rule.ids("function");
		String challenge = first(rule.ids("challenge"));
		String principle = first(rule.ids("principle"));
		Set<String> sections = new LinkedHashSet<>();
		List<String> sourced = new ArrayList<>();
		Optional.ofNullable(challenge).ifPresent(sourced::add);
		Optional.ofNullable(principle).ifPresent(sourced::add);
		sourced.addAll(elements);
		sourced.addAll(functions);
		sourced.forEach(id -> knowledge.framework().section(id).ifPresent(sections::add));
		return new Catalogue.Entry(rule.metadata("id").map(MetadataEntry::value).orElse(null), rule.name(), file,
				rule.at().line(), rule.metadata("severity").map(MetadataEntry::value).orElse(null), named(challenge),
				named(principle), elements.stream().map(this::named).toList(), functions.stream().map(this::named).toList(),
				rule.ids("action").stream().map(this::action).toList(), List.copyOf(sections), looksAt, derives,
				rule.metadata("basis").map(MetadataEntry::value).filter(v -> !v.isBlank())
					.map(basis -> findings.basis(rule.metadata("id").map(MetadataEntry::value).orElse(""), basis))
					.orElse(null));
	}

	private Catalogue.Named named(String id) {
		return id == null ? null : new Catalogue.Named(id, names.get(id));
	}

	private Catalogue.Named action(String id) {
		return new Catalogue.Named(id, knowledge.action(id).map(Action::title).orElse(null));
	}

	private static String first(List<String> ids) {
		return ids.isEmpty() ? null : ids.get(0);
	}

}
