package org.legadvisor.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The LEG Advisor service: REST API, web questionnaire and report. Started by {@code leg-advisor serve}; the other
 * commands never start Spring.
 */
// The LEG's memory (org.legadvisor.memory: saved LEGs, rounds, plans) is part of the service.
@SpringBootApplication(scanBasePackages = { "org.legadvisor.web", "org.legadvisor.memory" })
@ConfigurationPropertiesScan
public class LegAdvisorApplication {

}
