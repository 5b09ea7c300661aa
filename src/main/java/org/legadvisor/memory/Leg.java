package org.legadvisor.memory;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A LEG's workspace: its name, country and language; its rounds, plan and members refer to it by id. */
@Table("leg")
public record Leg(@Id Long id, String name, String country, String language, String createdBy, Instant createdAt) {
}
