package org.legadvisor.interchange.xlsform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.Questionnaire.Question;

/**
 * The one place where questionnaire ids become XLSForm names and back. XLSForm names here take letters, digits and
 * underscores and start with a letter (dots are legal XML but trip up survey tools' exports), so
 * {@code members.active} becomes {@code members_active}; the way back goes through this table, never by guessing.
 */
public final class XlsFormNames {

	/** A name survey tools accept everywhere: in {@code ${...}} references, as columns, as XML elements. */
	static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	/** The group holding the LEG's identity, and its fields as the answers document names them. */
	public static final String LEG_GROUP = "leg";

	public static final List<String> LEG_FIELDS = List.of("name", "country", "assessedOn", "respondent");

	private final Map<String, String> nameById = new LinkedHashMap<>();

	private final Map<String, String> idByName = new LinkedHashMap<>();

	private final Map<String, String> legFieldByName = new LinkedHashMap<>();

	/** Every name given, with the id it was given to, so two ids never share one. */
	private final Map<String, String> claimed = new LinkedHashMap<>();

	public XlsFormNames(Questionnaire questionnaire) {
		for (String field : LEG_FIELDS) {
			String name = LEG_GROUP + "_" + field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
			legFieldByName.put(name, field);
			claim(name, "leg." + field);
		}
		for (Question question : questionnaire.questions()) {
			String name = toName(question.id());
			claim(name, question.id());
			nameById.put(question.id(), name);
			idByName.put(name, question.id());
		}
	}

	/** The XLSForm name of a question id, or of a section id. */
	public static String toName(String id) {
		String name = id.replace('.', '_').replace('-', '_');
		if (!VALID.matcher(name).matches()) {
			throw new IllegalArgumentException("'" + id + "' gives no valid XLSForm name");
		}
		return name;
	}

	private void claim(String name, String owner) {
		String earlier = claimed.putIfAbsent(name, owner);
		if (earlier != null) {
			throw new IllegalArgumentException(
					"'" + earlier + "' and '" + owner + "' would both be named '" + name + "' in an XLSForm");
		}
	}

	public String name(Question question) {
		return nameById.get(question.id());
	}

	public String name(String questionId) {
		return nameById.get(questionId);
	}

	/** The question id an XLSForm name stands for, if it is one of this questionnaire's questions. */
	public Optional<String> questionId(String name) {
		return Optional.ofNullable(idByName.get(name));
	}

	/** The field of the answers document's {@code leg} an XLSForm name stands for (name, country, ...). */
	public Optional<String> legField(String name) {
		return Optional.ofNullable(legFieldByName.get(name));
	}

	/** The XLSForm names of the LEG's fields, in the order of {@link #LEG_FIELDS}. */
	public List<String> legNames() {
		return List.copyOf(legFieldByName.keySet());
	}

}
