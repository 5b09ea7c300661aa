package org.legadvisor.interchange.submissions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.legadvisor.interchange.xlsform.XlsFormNames;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.QuestionType;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.Questionnaire.Question;

/**
 * What each column of an export holds, read from its header as KoBoToolbox and ODK Central write it: a question's
 * XLSForm name after its groups ({@code mandate/tor_exists}, {@code mandate-tor_exists}), one option of a multiple
 * choice ({@code mandate/tor_covers/membership}), a field of the LEG ({@code leg/leg_name}), or metadata the survey
 * tool adds ({@code _id}, {@code start}, {@code meta/instanceID}...), which is not read.
 */
final class SubmissionColumns {

	/** Columns survey tools add to every export; none is an answer. Those starting with "_" are metadata too. */
	private static final Set<String> METADATA = Set.of("start", "end", "today", "deviceid", "username", "phonenumber",
			"simserial", "subscriberid", "audit", "instanceID", "instanceName", "deprecatedID", "SubmissionDate", "KEY",
			"SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState",
			"DeviceID", "Edits", "FormVersion", "meta");

	/** A column that holds an answer: the whole answer to a question, one option of it, or a field of the LEG. */
	record Column(int index, String question, String option, String legField) {
	}

	private final List<Column> columns = new ArrayList<>();

	private final List<String> unread = new ArrayList<>();

	SubmissionColumns(List<String> header, Questionnaire questionnaire) {
		XlsFormNames names = new XlsFormNames(questionnaire);
		Map<String, Question> questions = questionnaire.questionsById();
		for (int i = 0; i < header.size(); i++) {
			Optional<Column> column = column(i, header.get(i).split("[/-]"), names, questions);
			if (column.isPresent()) {
				columns.add(column.get());
			}
			else if (!metadata(header.get(i))) {
				unread.add(header.get(i));
			}
		}
	}

	private static Optional<Column> column(int index, String[] path, XlsFormNames names, Map<String, Question> questions) {
		String last = path[path.length - 1];
		Optional<String> leg = names.legField(last);
		if (leg.isPresent()) {
			return Optional.of(new Column(index, null, null, leg.get()));
		}
		Optional<String> question = names.questionId(last);
		if (question.isPresent()) {
			return Optional.of(new Column(index, question.get(), null, null));
		}
		if (path.length < 2) {
			return Optional.empty();
		}
		return names.questionId(path[path.length - 2]).map(questions::get)
			.filter(q -> q.type() == QuestionType.MULTI_CHOICE)
			.filter(q -> q.option(last).isPresent() || Answer.DONT_KNOW.equals(last))
			.map(q -> new Column(index, q.id(), last, null));
	}

	private static boolean metadata(String header) {
		String[] path = header.split("[/-]");
		return header.isBlank() || header.startsWith("_") || METADATA.contains(path[0])
				|| METADATA.contains(path[path.length - 1]);
	}

	List<Column> columns() {
		return List.copyOf(columns);
	}

	/** The headers of columns that are neither answers nor known metadata, in the order of the file. */
	List<String> unread() {
		return List.copyOf(unread);
	}

	/** The columns of each question, the whole-answer column first when the export has both kinds. */
	Map<String, List<Column>> byQuestion() {
		Map<String, List<Column>> byQuestion = new LinkedHashMap<>();
		columns.stream().filter(c -> c.question() != null)
			.sorted(Comparator.comparing((Column c) -> c.option() != null))
			.forEach(c -> byQuestion.computeIfAbsent(c.question(), q -> new ArrayList<>()).add(c));
		return byQuestion;
	}

}
