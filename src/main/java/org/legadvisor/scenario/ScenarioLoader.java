package org.legadvisor.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.knowledge.KnowledgeBaseException;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.questionnaire.InvalidAnswersException;

/**
 * Finds the scenarios in a folder: example profiles ({@code NAME.json} beside {@code NAME.expected.json}) and rule
 * scenarios ({@code *.scenarios.json}, each scenario an example profile with a few answers changed).
 */
public final class ScenarioLoader {

	static final String EXPECTED = ".expected.json";

	static final String SCENARIOS = ".scenarios.json";

	private final Path examples;

	private final AnswersReader reader = new AnswersReader();

	/** @param examples the folder where rule scenarios find the profiles they start from */
	public ScenarioLoader(Path examples) {
		this.examples = examples;
	}

	record ExpectedFile(String description, Expectation expect) {
	}

	record ScenarioFile(List<Entry> scenarios) {

		record Entry(String name, String profile, Map<String, JsonNode> changes, Expectation expect) {
		}

	}

	public List<Scenario> load(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new KnowledgeBaseException(folder + ": scenario folder not found");
		}
		List<Scenario> scenarios = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith(EXPECTED)) {
					scenarios.add(example(file, name.substring(0, name.length() - EXPECTED.length())));
				}
				else if (name.endsWith(SCENARIOS)) {
					scenarios.addAll(ruleScenarios(file));
				}
			}
		}
		return scenarios;
	}

	private Scenario example(Path expectedFile, String profile) throws IOException {
		ExpectedFile expected = JsonFiles.read(expectedFile, ExpectedFile.class);
		Path answers = expectedFile.resolveSibling(profile + ".json");
		return new Scenario(profile, answers.toString(), profile(answers), expected.expect());
	}

	private List<Scenario> ruleScenarios(Path file) throws IOException {
		List<Scenario> scenarios = new ArrayList<>();
		for (ScenarioFile.Entry entry : JsonFiles.read(file, ScenarioFile.class).scenarios()) {
			AnswersDocument base = profile(examples.resolve(entry.profile() + ".json"));
			Map<String, JsonNode> changes = entry.changes() == null ? Map.of() : entry.changes();
			scenarios.add(new Scenario(entry.name(), file.toString(), base.withChanges(changes), entry.expect()));
		}
		return scenarios;
	}

	private AnswersDocument profile(Path file) throws IOException {
		try {
			return reader.read(file);
		}
		catch (java.nio.file.NoSuchFileException e) {
			throw new KnowledgeBaseException(file + ": profile not found");
		}
		catch (InvalidAnswersException e) {
			throw new KnowledgeBaseException(file + ": " + e.getMessage());
		}
	}

}
