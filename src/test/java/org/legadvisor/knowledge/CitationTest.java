package org.legadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CitationTest {

	private static KnowledgeBase knowledge;

	private static Citation citation;

	@BeforeAll
	static void loadTheShippedFramework() {
		knowledge = KnowledgeBase.load(Path.of("knowledge-base"));
		citation = new Citation(knowledge.framework());
	}

	@Test
	void groupsElementsOfOnePrincipleAndSaysThePartOnce() {
		assertThat(citation.of(List.of("P1.2", "P1.3", "P4.6")))
			.isEqualTo("Part III, principle 1, elements 2 and 3; principle 4, element 6");
	}

	@Test
	void citesInThePapersOrderWhateverTheOrderGiven() {
		assertThat(citation.of(List.of("P3.3", "F2", "P1.5", "P1.1", "P1.2")))
			.isEqualTo("Part I, function 2; Part III, principle 1, elements 1, 2 and 5; principle 3, element 3");
	}

	@Test
	void citesOneElementAlone() {
		assertThat(citation.of(List.of("P6.4"))).isEqualTo("Part III, principle 6, element 4");
	}

	@Test
	void leavesOutAnIdTheFrameworkDoesNotKnowAndRepeatsNothing() {
		assertThat(citation.of(List.of("P9.9", "P2.2", "P2.2"))).isEqualTo("Part III, principle 2, element 2");
		assertThat(citation.of(List.of())).isEmpty();
	}

	@Test
	void everyShippedActionCitesEachOfItsElements() {
		for (Action action : knowledge.actions().values()) {
			assertThat(action.section()).as(action.id()).isEqualTo(citation.of(action.elements())).isNotBlank();
			for (String element : action.elements()) {
				String[] parts = citation.of(List.of(element)).split(", ");
				String head = parts[parts.length - 2];
				String noun = parts[parts.length - 1].split(" ")[0];
				String number = parts[parts.length - 1].split(" ")[1];
				// The group of this element's principle names its number: "principle 1, elements 2 and 3".
				assertThat(action.section()).as(action.id() + " cites " + element)
					.containsPattern(java.util.regex.Pattern.quote(head) + ", " + noun + "s? (\\d+(, | and ))*" + number + "\\b");
			}
		}
	}

	@Test
	void anActionThatTypedASectionLeavingOutOneOfItsElementsNowCitesThemAll() {
		Action interim = knowledge.action("A-TOR-INTERIM").orElseThrow();

		assertThat(interim.elements()).containsExactly("P1.2", "P4.6");
		assertThat(interim.section()).isEqualTo("Part III, principle 1, element 2; principle 4, element 6");
	}

}
