package org.legadvisor.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small rule files for tests, with the package and imports every shipped rule file has. */
public final class RuleFiles {

	/** The first lines of every file written; rule text starts on line {@value #FIRST_RULE_LINE}. */
	public static final String HEADER = """
			package org.legadvisor.rules;
			import org.legadvisor.questionnaire.Answer;
			import org.legadvisor.diagnosis.Finding;
			import org.legadvisor.diagnosis.Signal;
			""";

	public static final int FIRST_RULE_LINE = 5;

	private RuleFiles() {
	}

	public static Path write(Path folder, String name, String rules) throws IOException {
		Files.createDirectories(folder);
		return Files.writeString(folder.resolve(name), HEADER + rules);
	}

	/** A complete diagnosis rule, valid against the shipped knowledge base, with this name, id and condition. */
	public static String diagnosis(String name, String id, String condition) {
		return """
				rule "%s"
				    @id("%s") @challenge("C1") @principle("P1") @element("P1.2")
				    @severity("high") @action("A-TOR-DRAFT") @basis("Part III, principle 1, element 2")
				when
				    %s
				then
				    insert( Finding.from(kcontext) );
				end
				""".formatted(name, id, condition);
	}

}
