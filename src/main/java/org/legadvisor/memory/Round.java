package org.legadvisor.memory;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One assessment of a LEG, kept as it was made: the answers document and the report (both JSON, exactly as the API
 * takes and gives them), the rule base and questionnaire versions that produced the report, who entered it and when.
 */
@Table("leg_round")
public record Round(@Id Long id, Long legId, String answers, String report, String ruleBaseVersion,
		String questionnaireVersion, String enteredBy, Instant enteredAt) {
}
