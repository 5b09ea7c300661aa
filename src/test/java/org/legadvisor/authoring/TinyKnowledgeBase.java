package org.legadvisor.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A knowledge base with one function, one challenge and one principle of two elements, one question and one action
 * that reference all of them, and a rules folder whose one rule references what the test says.
 */
public final class TinyKnowledgeBase {

	private TinyKnowledgeBase() {
	}

	/** Writes the knowledge base into {@code folder} and returns it. */
	public static Path write(Path folder) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("framework.json"), """
				{
				  "functions": [ { "id": "F1", "name": "Supporting the sector plan", "section": "Part I, function 1" } ],
				  "challenges": [ { "id": "C1", "name": "Unclear mandate", "summary": "Partners disagree.",
				                    "section": "Part II, challenge 1" } ],
				  "principles": [ {
				    "id": "P1", "name": "A clear mandate", "summary": "Partners agree.", "answers": ["C1"],
				    "section": "Part III, principle 1",
				    "elements": [
				      { "id": "P1.1", "text": "Government mandates the LEG", "section": "Part III, principle 1, element 1" },
				      { "id": "P1.2", "text": "A ToR sets out the mandate", "section": "Part III, principle 1, element 2" }
				    ]
				  } ]
				}
				""");
		Files.writeString(folder.resolve("questionnaire.json"), """
				{
				  "version": "1.0", "title": "Tiny", "intro": "A test questionnaire.",
				  "sections": [ { "id": "mandate", "title": "Mandate", "intro": null, "questions": [
				    { "id": "tor.exists", "text": "Does the LEG have terms of reference?", "help": null,
				      "type": "yes_partly_no", "elements": ["P1.1", "P1.2", "F1"],
				      "healthy": { "partly": "A draft is a first step for this tiny LEG." } }
				  ] } ]
				}
				""");
		Files.writeString(folder.resolve("actions.json"), """
				{ "actions": [ {
				  "id": "A-TOR", "title": "Write terms of reference", "what": "Write them.", "firstStep": "Start.",
				  "lead": "government", "horizon": "next_meeting", "elements": ["P1.1", "P1.2", "F1"],
				  "basis": "Part III, principle 1, element 2"
				} ] }
				""");
		Files.writeString(folder.resolve("findings.json"), """
				{ "P1-no-tor": { "title": "Without terms of reference the mandate is unclear" },
				  "P1-irregular": { "title": "Irregular meetings" }, "P1-tor-thin": { "title": "Thin terms of reference" },
				  "P1-meetings-rare": { "title": "Rare meetings" },
				  "S": { "title": "Sometimes" }, "U": { "title": "Unknown question" } }
				""");
		Files.writeString(folder.resolve("signals.json"), """
				{ "signals": {} }
				""");
		for (String modelFile : new String[] { "priorities.json", "profile.json", "thresholds.json" }) {
			Files.copy(Path.of("knowledge-base", modelFile), folder.resolve(modelFile),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		return folder;
	}

	/** Writes a rules folder with one diagnosis rule carrying these metadata, and returns the folder. */
	public static Path rules(Path folder, String metadata) throws IOException {
		RuleFiles.write(folder, "p1.drl", """
				rule "Without terms of reference the mandate is unclear"
				    %s
				    @severity("high") @action("A-TOR")
				when
				    Answer( question == "tor.exists", value == "no" )
				then
				    insert( Finding.from(kcontext) );
				end
				""".formatted(metadata));
		return folder;
	}

	/**
	 * Replaces the questionnaire of a tiny knowledge base with one question of each closed type and a number: a
	 * yes/partly/no whose "yes" is healthy by decision, a single choice whose best option is healthy, a multiple choice
	 * and a number compared with a threshold.
	 */
	public static Path withAnswerOptions(Path knowledgeBase) throws IOException {
		Files.writeString(knowledgeBase.resolve("questionnaire.json"), """
				{
				  "version": "1.0", "title": "Tiny", "intro": "A test questionnaire.",
				  "sections": [ { "id": "mandate", "title": "Mandate", "intro": null, "questions": [
				    { "id": "tor.exists", "text": "Does the LEG have terms of reference?", "help": null,
				      "type": "yes_partly_no", "elements": ["P1.1", "P1.2", "F1"],
				      "healthy": { "yes": "Written terms of reference are the paper's aim." } },
				    { "id": "tor.covers", "text": "What do the ToR cover?", "help": null, "type": "multi_choice",
				      "options": [ { "value": "mandate", "label": "The mandate" },
				                   { "value": "monitoring", "label": "Monitoring" } ],
				      "showIf": { "question": "tor.exists", "anyOf": ["yes", "partly"] }, "elements": ["P1.2"] },
				    { "id": "calendar.kept", "text": "Are meetings held as planned?", "help": null,
				      "type": "single_choice", "elements": ["P1.2"],
				      "options": [ { "value": "always", "label": "Always", "grade": 1, "healthy": "The best answer." },
				                   { "value": "mostly", "label": "Mostly", "grade": 0.5 },
				                   { "value": "rarely", "label": "Rarely", "grade": 0 } ] },
				    { "id": "meetings.per_year", "text": "How many meetings a year?", "help": null, "type": "number",
				      "min": 0, "max": 52, "elements": ["P1.2"] }
				  ] } ]
				}
				""");
		return knowledgeBase;
	}

	/**
	 * Rules reading the questions of {@link #withAnswerOptions}: "no" and "partly" directly, "mandate" and "monitoring"
	 * as boxes (not) ticked, "rarely" through a signal, the number against a threshold; "mostly" is read by none.
	 */
	public static Path answerRules(Path folder) throws IOException {
		RuleFiles.write(folder, "p1.drl", """
				import org.legadvisor.diagnosis.Threshold;

				rule "Meetings rarely held as planned are irregular"
				when
				    Answer( question == "calendar.kept", value == "rarely" )
				then
				    insertLogical( Signal.from("meetings.irregular", kcontext) );
				end

				rule "Irregular meetings leave the mandate unclear"
				    %s
				    @severity("low") @action("A-TOR")
				when
				    Signal( id == "meetings.irregular" )
				then
				    insert( Finding.from(kcontext) );
				end

				rule "Without terms of reference the mandate is unclear"
				    %s
				    @severity("high") @action("A-TOR")
				when
				    Answer( question == "tor.exists", value in ("no", "partly") )
				    Answer( question == "calendar.kept", value != "dont_know" )
				then
				    insert( Finding.from(kcontext) );
				end

				rule "Terms of reference without mandate or monitoring are thin"
				    %s
				    @severity("low") @action("A-TOR")
				when
				    Answer( question == "tor.covers", !(choices contains "monitoring") || !(choices contains "mandate") )
				then
				    insert( Finding.from(kcontext) );
				end

				rule "Few meetings cannot sustain dialogue"
				    %s
				    @severity("medium") @action("A-TOR")
				when
				    Threshold( id == "meetings.few_per_year", $few : value )
				    Answer( question == "meetings.per_year", number < $few )
				then
				    insert( Finding.from(kcontext) );
				end
				""".formatted(COVERING.replace("P1-no-tor", "P1-irregular"), COVERING,
				COVERING.replace("P1-no-tor", "P1-tor-thin"), COVERING.replace("P1-no-tor", "P1-meetings-rare")));
		return folder;
	}

	/** The metadata of a rule that covers everything in the tiny knowledge base. */
	public static final String COVERING = "@id(\"P1-no-tor\") @challenge(\"C1\") @principle(\"P1\") @element(\"P1.1, P1.2\") @function(\"F1\") @basis(\"Part III, principle 1, element 2\")";

}
