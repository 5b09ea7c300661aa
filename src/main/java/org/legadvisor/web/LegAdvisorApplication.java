package org.legadvisor.web;

import org.legadvisor.memory.MemoryConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/**
 * The LEG Advisor service: REST API, web questionnaire and report. Started by {@code leg-advisor serve}; the other
 * commands never start Spring.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(MemoryConfiguration.class)
public class LegAdvisorApplication {

}
