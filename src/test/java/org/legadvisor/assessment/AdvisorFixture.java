package org.legadvisor.assessment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.diagnosis.Finding;
import org.legadvisor.engine.RuleBase;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * The shipped rules and knowledge base, compiled once, with helpers to assess a bundled profile as it is or with
 * some answers changed. Tests use it to drive the real rule files through the real engine.
 */
public final class AdvisorFixture implements AutoCloseable {

	public static final Path RULES = Path.of("rules");

	public static final Path KNOWLEDGE_BASE = Path.of("knowledge-base");

	public static final Path EXAMPLES = KNOWLEDGE_BASE.resolve("examples");

	private final RuleBase ruleBase;

	private final Advisor advisor;

	public AdvisorFixture() throws IOException, RuleCompilationException {
		ruleBase = new RuleBaseCompiler().compile(RULES);
		advisor = new Advisor(Questionnaire.load(KNOWLEDGE_BASE.resolve("questionnaire.json")),
				KnowledgeBase.load(KNOWLEDGE_BASE), ruleBase);
	}

	public Advisor advisor() {
		return advisor;
	}

	public static AnswersDocument profile(String name) throws IOException, InvalidAnswersException {
		return new AnswersReader().read(EXAMPLES.resolve(name + ".json"));
	}

	/** The profile with some answers replaced (a value of {@code null} removes the answer). */
	public static AnswersDocument profile(String name, Map<String, Object> changes)
			throws IOException, InvalidAnswersException {
		Map<String, JsonNode> asJson = new LinkedHashMap<>();
		changes.forEach((question, value) -> asJson.put(question, JsonFiles.mapper().valueToTree(value)));
		return profile(name).withChanges(asJson);
	}

	public Assessment assess(AnswersDocument document) throws InvalidAnswersException {
		return advisor.assess(document);
	}

	public List<String> findingIds(AnswersDocument document) throws InvalidAnswersException {
		return assess(document).findings().stream().map(Finding::id).toList();
	}

	@Override
	public void close() {
		ruleBase.close();
	}

}
