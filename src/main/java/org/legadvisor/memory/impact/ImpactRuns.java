package org.legadvisor.memory.impact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.authoring.check.RuleValidator;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.memory.Caller;
import org.legadvisor.memory.MemoryException;
import org.legadvisor.questionnaire.Questionnaire;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The administrators' impact run in the service: every stored round and bundled scenario on the edited rules of the
 * folder configured as {@code leg-advisor.impact.rules}, against the rules serving. The folder comes from the
 * configuration only, never from a request: rules are code that the service would compile and run, and a path sent
 * over HTTP would let a request probe the server's files. One run at a time.
 */
@Service
public class ImpactRuns {

	private final Advisor advisor;

	private final LiveRuleBase rules;

	private final KnowledgeBase knowledge;

	private final Questionnaire questionnaire;

	private final JdbcTemplate jdbc;

	private final String editedFolder;

	private final Path knowledgeBase;

	private final Path rulesFolder;

	private final Semaphore oneAtATime = new Semaphore(1);

	ImpactRuns(Advisor advisor, LiveRuleBase rules, KnowledgeBase knowledge, Questionnaire questionnaire,
			JdbcTemplate jdbc, @Value("${leg-advisor.impact.rules:}") String editedFolder,
			@Value("${leg-advisor.knowledge-base:knowledge-base}") Path knowledgeBase,
			@Value("${leg-advisor.rules:rules}") Path rulesFolder) {
		this.advisor = advisor;
		this.rules = rules;
		this.knowledge = knowledge;
		this.questionnaire = questionnaire;
		this.jdbc = jdbc;
		this.editedFolder = editedFolder;
		this.knowledgeBase = knowledgeBase;
		this.rulesFolder = rulesFolder;
	}

	/** Administrators only; refused while another run is under way. */
	public Impact run(Caller caller) throws RuleCompilationException {
		if (!caller.administrator()) {
			throw MemoryException.administratorsOnly(caller.username());
		}
		if (editedFolder.isBlank() || !Files.isDirectory(Path.of(editedFolder))) {
			throw MemoryException.conflict("memory.problem.impactFolder", editedFolder);
		}
		if (!oneAtATime.tryAcquire()) {
			throw MemoryException.conflict("memory.problem.impactRunning");
		}
		try (LiveRuleBase edited = LiveRuleBase.load(Path.of(editedFolder), new RuleBaseCompiler(),
				new RuleValidator(knowledge, questionnaire).asReloadGate())) {
			return new RuleImpact(advisor, new Advisor(questionnaire, knowledge, edited)).run(cases(),
					rules.current().version().contentHash(), edited.current().version().contentHash());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			oneAtATime.release();
		}
	}

	private List<ImpactCase> cases() throws IOException {
		List<ImpactCase> cases = new ArrayList<>(StoredRoundCases.all(jdbc));
		Path edited = Path.of(editedFolder);
		Path scenarios = Files.isDirectory(edited.resolve("scenarios")) ? edited.resolve("scenarios")
				: rulesFolder.resolve("scenarios");
		Path examples = knowledgeBase.resolve("examples");
		cases.addAll(ScenarioCases.of(examples, List.of(examples, scenarios)));
		return cases;
	}

}
