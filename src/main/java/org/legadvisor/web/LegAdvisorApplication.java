package org.legadvisor.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The LEG Advisor service: REST API, web questionnaire and report. Started by {@code leg-advisor serve}; the other
 * commands never start Spring.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LegAdvisorApplication {

}
