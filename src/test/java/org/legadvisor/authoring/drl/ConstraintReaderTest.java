package org.legadvisor.authoring.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.legadvisor.authoring.drl.Comparison.Field;
import org.legadvisor.authoring.drl.Comparison.Operator;

class ConstraintReaderTest {

	private final ConstraintReader reader = new ConstraintReader();

	private ConstraintReader.Found only(String expression) {
		List<ConstraintReader.Found> found = reader.read(expression).comparisons();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	@Test
	void readsAFieldComparedWithText() {
		ConstraintReader.Found found = only("value == \"no\"");

		assertThat(found.field()).isEqualTo(Field.VALUE);
		assertThat(found.operator()).isEqualTo(Operator.EQUAL);
		assertThat(found.literals()).containsExactly("no");
		assertThat(found.certain()).isTrue();
	}

	@Test
	void readsTextWrittenBeforeTheField() {
		assertThat(only("\"tor.exists\" == question").field()).isEqualTo(Field.QUESTION);
	}

	@Test
	void mirrorsANumberWrittenBeforeTheField() {
		ConstraintReader.Found found = only("3 < number");

		assertThat(found.operator()).isEqualTo(Operator.MORE);
		assertThat(found.literals()).containsExactly("3");
	}

	@Test
	void readsListsWithNotIn() {
		ConstraintReader.Found found = only("value not in ( \"a\",\"b, c\" )");

		assertThat(found.operator()).isEqualTo(Operator.NOT_IN);
		assertThat(found.literals()).containsExactly("a", "b, c");
	}

	@Test
	void turnsANegatedComparisonAround() {
		assertThat(only("!(choices contains \"x\")").operator()).isEqualTo(Operator.NOT_CONTAINS);
		assertThat(only("!( number > 3 )").operator()).isEqualTo(Operator.AT_MOST);
	}

	@Test
	void readsBothSidesOfAnAndAsCertainAndOfAnOrAsUncertain() {
		assertThat(reader.read("number >= 2 && number <= 5").comparisons()).hasSize(2)
			.allSatisfy(f -> assertThat(f.certain()).isTrue());
		assertThat(reader.read("value == \"a\" || value == \"b\"").comparisons()).hasSize(2)
			.allSatisfy(f -> assertThat(f.certain()).isFalse());
	}

	@Test
	void doesNotTakeArithmeticForALiteral() {
		ConstraintReader.Reading reading = reader.read("number < 4 * $x");

		assertThat(reading.comparisons()).isEmpty();
		assertThat(reading.complete()).isFalse();
	}

	@Test
	void ignoresWordsInsideText() {
		assertThat(only("value == \"number > 3 && value == x\"").literals()).containsExactly("number > 3 && value == x");
	}

	@Test
	void treatsBindingsAndNullGuardsAsBookkeeping() {
		assertThat(reader.read("$total : number").bookkeeping()).isTrue();
		assertThat(reader.read("number != null").bookkeeping()).isTrue();
		assertThat(reader.read("commonKnowledge").bookkeeping()).isFalse();
	}

	@Test
	void readsABoundComparison() {
		assertThat(only("$v : number > 3").operator()).isEqualTo(Operator.MORE);
	}

	@Test
	void readsAListOfOneAsAList() {
		ConstraintReader.Found found = only("value in (\"a\")");

		assertThat(found.operator()).isEqualTo(Operator.IN);
		assertThat(found.literals()).containsExactly("a");
	}

	@Test
	void keepsAComparisonAfterAListApartFromTheList() {
		List<ConstraintReader.Found> found = reader.read("value not in (\"a\", \"b\") && value != \"c\"").comparisons();

		assertThat(found).extracting(ConstraintReader.Found::operator).containsExactly(Operator.NOT_IN, Operator.NOT_EQUAL);
		assertThat(found.get(0).literals()).containsExactly("a", "b");
		assertThat(found.get(1).literals()).containsExactly("c");
		assertThat(found.get(1).index()).isEqualTo("value not in (\"a\", \"b\") && ".length());
	}

	@Test
	void placesEachComparisonAtItsFirstOperand() {
		List<ConstraintReader.Found> found = reader.read("\"q\" == question && 3 < number").comparisons();

		assertThat(found).extracting(ConstraintReader.Found::index).containsExactly(0, "\"q\" == question && ".length());
	}

	@Test
	void readsNothingFromAnExpressionThatDoesNotParse() {
		ConstraintReader.Reading reading = reader.read("value == ");

		assertThat(reading.comparisons()).isEmpty();
		assertThat(reading.complete()).isFalse();
	}

}
