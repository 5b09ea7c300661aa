package org.legadvisor.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.MediaType;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: what the service is, its API's version and who answers for it,
 * and an answers document as the example of every request body (one of the knowledge base's bundled examples, so the
 * example is always one the service accepts). Pages and the error path are not API and are left out ({@code @Hidden}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/** The example every request body shows: a donor-chaired LEG, which yields findings and actions. */
	static final String EXAMPLE = "examples/donor-chaired-no-tor.json";

	private static final Logger log = LoggerFactory.getLogger(OpenApiConfiguration.class);

	@Bean
	OpenAPI legAdvisorApi(@Value("${leg-advisor.api.version}") String version,
			@Value("${leg-advisor.api.contact.name}") String contactName,
			@Value("${leg-advisor.api.contact.url:}") String contactUrl,
			@Value("${leg-advisor.api.contact.email:}") String contactEmail) {
		Contact contact = new Contact().name(contactName);
		if (!contactUrl.isBlank()) {
			contact.url(contactUrl);
		}
		if (!contactEmail.isBlank()) {
			contact.email(contactEmail);
		}
		return new OpenAPI().info(new Info().title("LEG Advisor API")
			.version(version)
			.description("Diagnoses a local education group (LEG) from its answers to a questionnaire, following "
					+ "GPE's \"Principles toward effective local education groups\": areas to strengthen, each with "
					+ "the answers that led to it, and ranked actions saying who leads, by when and why. Request "
					+ "bodies are answers documents (as `leg-advisor assess` reads them), sent as application/json, "
					+ "at most 256 KB. Errors are RFC 9457 problem details; refused answers are listed by question, "
					+ "with its text, what was given and what was expected. Everything is public except reloading "
					+ "the rules, which wants the administrator (HTTP Basic).")
			.contact(contact)
			.license(new License().name("See the project's repository")));
	}

	/** Adds the example answers document to every JSON request body. */
	@Bean
	OpenApiCustomizer answersExample(KnowledgeBase knowledge) {
		JsonNode example = read(knowledge.folder().resolve(EXAMPLE));
		return api -> {
			if (example == null || api.getPaths() == null) {
				return;
			}
			api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
				if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
					MediaType json = operation.getRequestBody().getContent().get("application/json");
					if (json != null) {
						json.addExamples("donor-chaired-no-tor", new Example()
							.summary("A donor-chaired LEG without terms of reference")
							.value(example));
					}
				}
			}));
		};
	}

	/** A knowledge base without the bundled examples still serves; its description just shows no example. */
	private static JsonNode read(Path file) {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try {
			return JsonFiles.mapper().readTree(file.toFile());
		}
		catch (IOException e) {
			log.warn("The example answers {} could not be read for the API description: {}", file.getFileName(),
					e.getMessage());
			return null;
		}
	}

}
