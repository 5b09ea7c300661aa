package org.legadvisor.web;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the service finds its rules and knowledge base ({@code serve --rules/--knowledge-base} set them), whether it
 * reloads the rules when their files change, the largest request body it reads, and how long the whole body of a
 * request may take to arrive (a body trickled slower than that is cut off with 408, at most one
 * {@code server.tomcat.connection-timeout} later), and how many requests may wait for their body at once (see
 * {@code BodyReadLimitValve}).
 */
@ConfigurationProperties("leg-advisor")
public record LegAdvisorProperties(@DefaultValue("rules") Path rules, @DefaultValue("knowledge-base") Path knowledgeBase,
		@DefaultValue("true") boolean watchRules, @DefaultValue("256KB") DataSize maxRequestSize,
		@DefaultValue("20s") Duration bodyTimeout, @DefaultValue("50") int maxConcurrentBodyReads) {
}
