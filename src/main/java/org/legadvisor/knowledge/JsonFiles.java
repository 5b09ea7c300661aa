package org.legadvisor.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads the knowledge base's JSON files strictly: an unknown or mistyped field is an error naming file and line. */
public final class JsonFiles {

	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private JsonFiles() {
	}

	/** The strict mapper shared by every reader of project JSON; it is configured once and never changed. */
	public static ObjectMapper mapper() {
		return MAPPER;
	}

	public static <T> T read(Path file, Class<T> type) {
		if (!Files.isRegularFile(file)) {
			throw new KnowledgeBaseException(file + ": file not found");
		}
		try {
			return MAPPER.readValue(file.toFile(), type);
		}
		catch (JsonProcessingException e) {
			int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
			throw new KnowledgeBaseException(file + ":" + line + ": " + e.getOriginalMessage(), e);
		}
		catch (IOException e) {
			throw new KnowledgeBaseException(file + ": " + e.getMessage(), e);
		}
	}

}
