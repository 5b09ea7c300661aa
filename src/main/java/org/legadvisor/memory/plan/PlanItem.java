package org.legadvisor.memory.plan;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An action adopted into a LEG's plan, by the action's id in the catalogue: who owns it, by when, where it stands
 * ({@code statusSince} is when the status last changed), a reason when dropped, notes. {@code version} counts the
 * changes: an update that names an older version than the stored one is refused (optimistic locking).
 */
@Table("plan_item")
public record PlanItem(@Id Long id, Long legId, String actionId, String ownerName, LocalDate dueOn,
		PlanStatus status, String reason, String notes, Instant statusSince, String updatedBy, Instant updatedAt,
		@Version Integer version) {

	/** Still to be done and past its due date on {@code today}. */
	public boolean overdueOn(LocalDate today) {
		return dueOn != null && dueOn.isBefore(today) && status.open();
	}

}
