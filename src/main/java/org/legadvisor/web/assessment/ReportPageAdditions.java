package org.legadvisor.web.assessment;

import java.util.Map;

/**
 * What another part of the service adds to the report page the questionnaire leads to, for the current request: the
 * LEG's memory offers a logged-in coordinator to save the report as a round. Nothing for an anonymous reader.
 */
@FunctionalInterface
public interface ReportPageAdditions {

	/** The page's extra variables; {@code answersJson} is the answers document behind the report, as JSON. */
	Map<String, ?> of(String answersJson);

}
