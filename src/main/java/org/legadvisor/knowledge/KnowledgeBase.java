package org.legadvisor.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.legadvisor.diagnosis.Threshold;

/**
 * The reference data under {@code knowledge-base/}: the paper's framework, the action catalogue, the labels
 * of derived signals, the priority model and the principle-profile model. The questionnaire is read by its own package.
 */
public record KnowledgeBase(Path folder, Framework framework, Map<String, Action> actions,
		Map<String, String> signals, PriorityModel priorities, ProfileModel profile,
		Map<String, ThresholdEntry> thresholds) {

	private record ActionFile(List<Action> actions) {
	}

	private record SignalFile(Map<String, String> signals) {
	}

	private record ThresholdFile(String about, List<ThresholdEntry> thresholds) {
	}

	public static KnowledgeBase load(Path folder) {
		Framework framework = JsonFiles.read(folder.resolve("framework.json"), Framework.class);
		List<Action> actions = JsonFiles.read(folder.resolve("actions.json"), ActionFile.class).actions();
		Map<String, String> signals = JsonFiles.read(folder.resolve("signals.json"), SignalFile.class).signals();
		PriorityModel priorities = JsonFiles.read(folder.resolve("priorities.json"), PriorityModel.class);
		ProfileModel profile = JsonFiles.read(folder.resolve("profile.json"), ProfileModel.class);
		List<ThresholdEntry> thresholds = JsonFiles.read(folder.resolve("thresholds.json"), ThresholdFile.class)
			.thresholds();
		Citation citation = new Citation(framework);
		List<Action> cited = actions.stream().map(a -> a.withSection(citation.of(a.elements()))).toList();
		return new KnowledgeBase(folder, framework, byId(cited), Map.copyOf(signals), priorities, profile,
				thresholdsById(thresholds));
	}

	public Optional<Action> action(String id) {
		return Optional.ofNullable(actions.get(id));
	}

	/** The thresholds as the facts rules compare answers with, one per entry of thresholds.json. */
	public List<Threshold> thresholdFacts() {
		return thresholds.values().stream().map(t -> new Threshold(t.id(), t.value())).toList();
	}

	public Optional<ThresholdEntry> threshold(String id) {
		return Optional.ofNullable(thresholds.get(id));
	}

	public Path actionsFile() {
		return folder.resolve("actions.json");
	}

	public Path questionnaireFile() {
		return folder.resolve("questionnaire.json");
	}

	private static Map<String, ThresholdEntry> thresholdsById(List<ThresholdEntry> thresholds) {
		return thresholds.stream()
			.collect(Collectors.toMap(ThresholdEntry::id, Function.identity(), (a, b) -> {
				throw new KnowledgeBaseException("thresholds.json: threshold id " + a.id() + " appears twice");
			}, java.util.LinkedHashMap::new));
	}

	private static Map<String, Action> byId(List<Action> actions) {
		return actions.stream()
			.collect(Collectors.toMap(Action::id, Function.identity(), (a, b) -> {
				throw new KnowledgeBaseException("actions.json: action id " + a.id() + " appears twice");
			}, java.util.LinkedHashMap::new));
	}

}
