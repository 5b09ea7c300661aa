package org.legadvisor.memory;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An account's role in one LEG. */
@Table("membership")
public record Membership(@Id Long id, Long legId, String username, LegRole role) {
}
