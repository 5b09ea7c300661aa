package org.legadvisor.authoring.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.legadvisor.authoring.drl.Position;
import org.legadvisor.knowledge.JsonFiles;

/**
 * Where each action of actions.json stands, and where its top-level fields stand, so that a problem with an action
 * points at its line. The knowledge base has already read the file strictly; a file that cannot be read here again
 * only loses the positions.
 */
record ActionFileFields(Position action, Map<String, Position> fields) {

	static final ActionFileFields UNPLACED = new ActionFileFields(Position.UNKNOWN, Map.of());

	Position field(String name) {
		return fields.getOrDefault(name, action);
	}

	boolean has(String name) {
		return fields.containsKey(name);
	}

	/** The fields of every action, by action id. */
	static Map<String, ActionFileFields> read(Path file) {
		Map<String, ActionFileFields> byId = new HashMap<>();
		if (!Files.isRegularFile(file)) {
			return byId;
		}
		try (JsonParser parser = JsonFiles.mapper().createParser(file.toFile())) {
			int depth = 0;
			boolean inActions = false;
			Position start = Position.UNKNOWN;
			Map<String, Position> fields = new LinkedHashMap<>();
			String id = null;
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				switch (token) {
					case START_OBJECT, START_ARRAY -> {
						depth++;
						if (inActions && depth == 3 && token == JsonToken.START_OBJECT) {
							start = position(parser.currentTokenLocation());
							fields = new LinkedHashMap<>();
							id = null;
						}
					}
					case END_OBJECT, END_ARRAY -> {
						if (inActions && depth == 3 && token == JsonToken.END_OBJECT && id != null) {
							byId.put(id, new ActionFileFields(start, fields));
						}
						if (depth == 2 && token == JsonToken.END_ARRAY) {
							inActions = false;
						}
						depth--;
					}
					case FIELD_NAME -> {
						if (depth == 1) {
							inActions = "actions".equals(parser.currentName());
						}
						else if (inActions && depth == 3) {
							fields.put(parser.currentName(), position(parser.currentTokenLocation()));
							if ("id".equals(parser.currentName()) && parser.nextToken() == JsonToken.VALUE_STRING) {
								id = parser.getText();
							}
						}
					}
					default -> {
					}
				}
			}
		}
		catch (IOException e) {
			// Positions are a help, not a requirement: the problems are still reported, at the file.
		}
		return byId;
	}

	private static Position position(JsonLocation location) {
		return new Position(location.getLineNr(), location.getColumnNr());
	}

}
