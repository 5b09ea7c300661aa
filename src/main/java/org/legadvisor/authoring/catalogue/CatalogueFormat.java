package org.legadvisor.authoring.catalogue;

import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.legadvisor.knowledge.JsonFiles;

/** The formats the rule catalogue is rendered in. */
public enum CatalogueFormat {

	text(new CatalogueText()::render), markdown(new CatalogueMarkdown()::render), json(CatalogueFormat::json);

	private final Function<Catalogue, String> renderer;

	CatalogueFormat(Function<Catalogue, String> renderer) {
		this.renderer = renderer;
	}

	public String render(Catalogue catalogue) {
		return renderer.apply(catalogue);
	}

	private static String json(Catalogue catalogue) {
		try {
			return JsonFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(catalogue) + System.lineSeparator();
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("The catalogue is plain records and always serializes", e);
		}
	}

}
