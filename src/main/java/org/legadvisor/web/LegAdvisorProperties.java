package org.legadvisor.web;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the service finds its rules and knowledge base ({@code serve --rules/--knowledge-base} set them), whether it
 * reloads the rules when their files change, and the largest request body it reads.
 */
@ConfigurationProperties("leg-advisor")
record LegAdvisorProperties(@DefaultValue("rules") Path rules, @DefaultValue("knowledge-base") Path knowledgeBase,
		@DefaultValue("true") boolean watchRules, @DefaultValue("256KB") DataSize maxRequestSize) {
}
