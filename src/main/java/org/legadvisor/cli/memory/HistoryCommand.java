package org.legadvisor.cli.memory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.legadvisor.cli.LanguageOption;
import org.legadvisor.cli.OutputOptions;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.memory.history.HistoryText;
import org.legadvisor.memory.history.LegHistory;
import org.legadvisor.memory.history.StoredLegs;
import org.legadvisor.memory.progress.StoredTexts;
import org.legadvisor.questionnaire.Questionnaire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "history", mixinStandardHelpOptions = true)
final class HistoryCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "LEG", descriptionKey = "leg")
	String leg;

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "data")
	Path data;

	/** Where the names of principles and levels come from, in the language chosen. */
	@Option(names = "--knowledge-base", paramLabel = "DIR", defaultValue = "knowledge-base")
	Path knowledgeBase;

	@Mixin
	OutputOptions output = OutputOptions.of("text", "json");

	@Mixin
	LanguageOption language;

	@Override
	public Integer call() throws IOException, StoredData.Unavailable {
		output.chosen();
		try (ReadingLanguage language = ReadingLanguage.of(this.language,
				Questionnaire.load(knowledgeBase.resolve("questionnaire.json")), KnowledgeBase.load(knowledgeBase))) {
			return history(language.texts());
		}
	}

	private int history(StoredTexts texts) throws IOException, StoredData.Unavailable {
		LegHistory history;
		try (StoredData stored = StoredData.open(data, true)) {
			StoredLegs legs = new StoredLegs(stored.jdbc());
			StoredLegs.StoredLeg found = legs.find(leg);
			history = LegHistory.of(found, legs.rounds(found), texts);
		}
		output.print(history, text -> text.print(HistoryText.render(history, texts)));
		return 0;
	}

}
