package org.legadvisor.memory.impact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.legadvisor.scenario.Scenario;
import org.legadvisor.scenario.ScenarioLoader;

/**
 * The bundled examples ({@code knowledge-base/examples}) and rule scenarios ({@code scenarios} of a rules folder) as
 * cases to re-run, named by their scenario's name.
 */
public final class ScenarioCases {

	private ScenarioCases() {
	}

	/** @param folders the folders of scenarios; one that does not exist is skipped */
	public static List<ImpactCase> of(Path examples, List<Path> folders) throws IOException {
		ScenarioLoader loader = new ScenarioLoader(examples);
		List<ImpactCase> cases = new ArrayList<>();
		for (Path folder : folders) {
			if (Files.isDirectory(folder)) {
				for (Scenario scenario : loader.load(folder)) {
					cases.add(new ImpactCase(null, scenario.name(), scenario::answers));
				}
			}
		}
		return cases;
	}

}
