package org.legadvisor.language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.knowledge.KnowledgeBaseException;

/**
 * The texts of one language, read from its folder {@code knowledge-base/translations/<code>/}: for each file named
 * as its English source ({@code questionnaire.json}, {@code actions.json}...), every text by its key, the path of
 * names that leads to it joined by {@code /} ({@code questions/tor.exists/options/partly/label}). The shape of each
 * file is the English one with its lists keyed by id; {@link Localizer} states which key holds which text.
 */
public record Translation(Language language, Map<String, Map<String, String>> files) {

	/** A file of the folder that holds no translation: the terms the checks hold the texts to. */
	public static final String GLOSSARY = "glossary.json";

	/** The separator of the names in a key; ids hold dots and dashes, never a slash. */
	public static final String SEPARATOR = "/";

	public Translation {
		Map<String, Map<String, String>> copy = new LinkedHashMap<>();
		files.forEach((file, texts) -> copy.put(file, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts))));
		files = java.util.Collections.unmodifiableMap(copy);
	}

	/** English: the knowledge base itself, with nothing to look up. */
	public static Translation none(Language language) {
		return new Translation(language, Map.of());
	}

	/** Every JSON file of the language's folder but the glossary; a file that is not valid JSON names its line. */
	public static Translation load(Path knowledgeBaseFolder, Language language) {
		if (language.isSource()) {
			return none(language);
		}
		Path folder = Languages.folder(knowledgeBaseFolder, language);
		Map<String, Map<String, String>> files = new LinkedHashMap<>();
		for (Path file : jsonFiles(folder)) {
			String name = file.getFileName().toString();
			if (!name.equals(GLOSSARY)) {
				Map<String, String> texts = new LinkedHashMap<>();
				flatten(tree(file), "", texts);
				files.put(name, texts);
			}
		}
		return new Translation(language, files);
	}

	/** The text at this key of this file, if the translation has it (a blank text counts as missing). */
	public Optional<String> text(String file, String key) {
		return Optional.ofNullable(files.getOrDefault(file, Map.of()).get(key)).filter(text -> !text.isBlank());
	}

	static List<Path> jsonFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
		}
		catch (IOException e) {
			throw new KnowledgeBaseException(folder + ": " + e.getMessage(), e);
		}
	}

	static JsonNode tree(Path file) {
		try {
			return JsonFiles.mapper().readTree(file.toFile());
		}
		catch (JsonProcessingException e) {
			int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
			throw new KnowledgeBaseException(file + ":" + line + ": " + e.getOriginalMessage(), e);
		}
		catch (IOException e) {
			throw new KnowledgeBaseException(file + ": " + e.getMessage(), e);
		}
	}

	/** Every text of a tree by its key; the items of a list are keyed by their place, from 0. */
	private static void flatten(JsonNode node, String key, Map<String, String> texts) {
		if (node.isObject()) {
			node.fields().forEachRemaining(field -> flatten(field.getValue(), join(key, field.getKey()), texts));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(node.get(i), join(key, String.valueOf(i)), texts);
			}
		}
		else if (node.isTextual()) {
			texts.put(key, node.asText());
		}
	}

	static String join(String key, String name) {
		return key.isEmpty() ? name : key + SEPARATOR + name;
	}

}
