package org.legadvisor.memory;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.knowledge.JsonFiles;

/** Reads back a JSON document the service stored (an answers document or a report). */
public final class StoredJson {

	private StoredJson() {
	}

	public static JsonNode tree(String json) {
		try {
			return JsonFiles.mapper().readTree(json);
		}
		catch (IOException e) {
			throw new UncheckedIOException("A stored document is JSON the service wrote itself", e);
		}
	}

}
