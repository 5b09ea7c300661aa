package org.legadvisor.interchange.submissions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.legadvisor.language.Language;
import org.legadvisor.language.Localized;
import org.legadvisor.language.Words;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * Reads the submissions a survey tool exported from the XLSForm of this questionnaire and checks each one with the
 * same validator as {@code assess}: every row comes back, valid or with its problems in words.
 */
public final class SubmissionImport {

	/** The spreadsheet row of the first submission: the header is row 1. */
	private static final int FIRST_ROW = 2;

	private final Questionnaire questionnaire;

	private final AnswerValidator validator;

	private final ProblemWords problems;

	private final Words words;

	/** An import whose problems are said in English. */
	public SubmissionImport(Questionnaire questionnaire) {
		this(questionnaire, new ProblemWords(org.legadvisor.questionnaire.ProblemWords.english(questionnaire),
				Words.in(Language.ENGLISH)));
	}

	/** An import whose problems, file or row, are said in this language. */
	public SubmissionImport(Questionnaire questionnaire, Localized localized) {
		this(questionnaire, new ProblemWords(localized.problemWords(), localized.words()));
	}

	private SubmissionImport(Questionnaire questionnaire, ProblemWords problems) {
		this.questionnaire = questionnaire;
		this.validator = new AnswerValidator(questionnaire);
		this.problems = problems;
		this.words = problems.words();
	}

	/** The rows of an export, and the headers of the columns that were not read. */
	public record Result(List<ImportedRow> rows, List<String> unreadColumns) {
	}

	public Result read(Path file) throws IOException, UnreadableSubmissionsException {
		return read(SubmissionTable.read(file, words), file);
	}

	Result read(SubmissionTable table, Path file) throws UnreadableSubmissionsException {
		SubmissionColumns columns = new SubmissionColumns(table.header(), questionnaire);
		if (columns.columns().stream().noneMatch(c -> c.question() != null)) {
			throw new UnreadableSubmissionsException(words.format("import.file.noQuestion", file));
		}
		SubmissionMapper mapper = new SubmissionMapper(questionnaire, columns);
		List<ImportedRow> rows = new ArrayList<>();
		for (int i = 0; i < table.rows().size(); i++) {
			List<String> cells = table.rows().get(i);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			AnswersDocument document = mapper.document(table, cells);
			rows.add(new ImportedRow(FIRST_ROW + i, document, problems(document)));
		}
		return new Result(rows, columns.unread());
	}

	private List<String> problems(AnswersDocument document) {
		try {
			validator.validate(document);
			return List.of();
		}
		catch (InvalidAnswersException e) {
			return e.problems().stream().map(problems::describe).toList();
		}
	}

}
