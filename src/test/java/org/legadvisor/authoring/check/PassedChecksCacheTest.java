package org.legadvisor.authoring.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.engine.RuleBaseCheck;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.engine.RuleSources;

class PassedChecksCacheTest {

	private static final RuleProblem WARNING = new RuleProblem(RuleProblem.Level.WARNING, "a.drl", 3, 1,
			"two rules have identical conditions");

	@TempDir
	Path temp;

	private Path knowledgeBase;

	private final List<RuleSources> checked = new ArrayList<>();

	private List<RuleProblem> verdict = List.of();

	private final RuleBaseCheck check = (sources, candidate) -> {
		checked.add(sources);
		return verdict;
	};

	@BeforeEach
	void knowledgeBase() throws Exception {
		knowledgeBase = Files.createDirectories(temp.resolve("knowledge-base"));
		Files.writeString(knowledgeBase.resolve("actions.json"), "{ \"actions\": [] }");
	}

	@Test
	void skipsTheCheckOfUnchangedRulesThatPassedBefore() {
		RuleSources rules = rules("rule \"A\" end");

		assertThat(inNewRun().check(rules, null)).isEmpty();
		assertThat(inNewRun().check(rules, null)).isEmpty();

		assertThat(checked).hasSize(1);
	}

	@Test
	void checksAgainWhenARuleFileChanges() {
		inNewRun().check(rules("rule \"A\" end"), null);
		inNewRun().check(rules("rule \"B\" end"), null);

		assertThat(checked).hasSize(2);
	}

	@Test
	void checksAgainWhenAKnowledgeBaseFileChanges() throws Exception {
		RuleSources rules = rules("rule \"A\" end");
		inNewRun().check(rules, null);

		Files.writeString(knowledgeBase.resolve("actions.json"), "{ \"actions\": [ ] }");
		inNewRun().check(rules, null);

		assertThat(checked).hasSize(2);
	}

	@Test
	void keepsCheckingAndReportingRulesThatHadProblems() {
		verdict = List.of(WARNING);
		RuleSources rules = rules("rule \"A\" end");

		assertThat(inNewRun().check(rules, null)).containsExactly(WARNING);
		assertThat(inNewRun().check(rules, null)).containsExactly(WARNING);

		assertThat(checked).hasSize(2);
	}

	@Test
	void aCacheFolderThatCannotBeWrittenOnlyCostsTheCheck() throws Exception {
		Path notAFolder = Files.writeString(temp.resolve("occupied"), "a file where the cache folder should be");
		RuleBaseCheck cached = new PassedChecksCache(notAFolder, knowledgeBase).around(check);
		RuleSources rules = rules("rule \"A\" end");

		assertThat(cached.check(rules, null)).isEmpty();
		assertThat(cached.check(rules, null)).isEmpty();

		assertThat(checked).hasSize(2);
	}

	/** A cache as a new run of the command line builds it: nothing shared with the previous one but the folder. */
	private RuleBaseCheck inNewRun() {
		return new PassedChecksCache(temp.resolve("cache"), knowledgeBase).around(check);
	}

	private RuleSources rules(String text) {
		return new RuleSources(temp.resolve("rules"), List.of(new RuleSources.RuleFile("a.drl", text)));
	}

}
