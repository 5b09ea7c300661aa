package org.legadvisor.questionnaire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.legadvisor.knowledge.JsonFiles;

/**
 * Makes malformed answers documents from valid ones: wrong types, unknown ids, values out of range, missing or
 * misshapen fields, answers whose condition is unmet, truncated or corrupted text. Deterministic for a seed.
 */
public final class AnswersMutator {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Random random;

	private final List<String> questionIds;

	private final List<ObjectNode> seeds = new ArrayList<>();

	public AnswersMutator(Random random, Questionnaire questionnaire, List<Path> seedFiles) throws IOException {
		this.random = random;
		this.questionIds = questionnaire.questions().stream().map(Questionnaire.Question::id).toList();
		for (Path file : seedFiles) {
			seeds.add((ObjectNode) JsonFiles.mapper().readTree(Files.readString(file)));
		}
	}

	/** A new mutated document, as JSON text (possibly no longer JSON at all). */
	public String next() {
		ObjectNode document = seeds.get(random.nextInt(seeds.size())).deepCopy();
		int mutations = 1 + random.nextInt(3);
		for (int i = 0; i < mutations; i++) {
			mutateStructure(document);
		}
		String text = document.toString();
		return random.nextInt(10) == 0 ? corruptText(text) : text;
	}

	private void mutateStructure(ObjectNode document) {
		JsonNode answersNode = document.get("answers");
		ObjectNode answers = answersNode instanceof ObjectNode object ? object : document.putObject("answers");
		switch (random.nextInt(9)) {
			case 0 -> answers.set(anyQuestion(), randomValue(0));
			case 1 -> answers.set("no." + random.nextInt(1000), randomValue(0));
			case 2 -> answers.remove(anyQuestion());
			case 3 -> document.set("questionnaireVersion", random.nextBoolean() ? NODES.textNode("9." + random.nextInt(9))
					: randomValue(0));
			case 4 -> document.set("leg", random.nextBoolean() ? NODES.nullNode() : randomValue(0));
			case 5 -> document.set(random.nextBoolean() ? "answers" : "unknownField", randomValue(0));
			case 6 -> answers.put(anyQuestion(), random.nextBoolean() ? "dont_know" : "yes");
			case 7 -> answers.put(anyQuestion(), random.nextInt(2000) - 1000);
			default -> answers.set(anyQuestion(), NODES.arrayNode().add("mandate").add("mandate"));
		}
	}

	private String anyQuestion() {
		return questionIds.get(random.nextInt(questionIds.size()));
	}

	private JsonNode randomValue(int depth) {
		return switch (random.nextInt(depth > 2 ? 6 : 8)) {
			case 0 -> NODES.nullNode();
			case 1 -> NODES.booleanNode(random.nextBoolean());
			case 2 -> NODES.numberNode(random.nextDouble() * 1e6 - 5e5);
			case 3 -> NODES.textNode("<script>alert(" + random.nextInt() + ")</script>");
			case 4 -> NODES.textNode("x".repeat(random.nextInt(5000)));
			case 5 -> NODES.numberNode(Long.MAX_VALUE);
			case 6 -> {
				ArrayNode array = NODES.arrayNode();
				for (int i = random.nextInt(4); i > 0; i--) {
					array.add(randomValue(depth + 1));
				}
				yield array;
			}
			default -> NODES.objectNode().set("nested", randomValue(depth + 1));
		};
	}

	private String corruptText(String text) {
		int cut = random.nextInt(Math.max(1, text.length()));
		return random.nextBoolean() ? text.substring(0, cut) : text.substring(0, cut) + "\u0000}{\"" + text.substring(cut);
	}

}
