package org.legadvisor.memory.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PlanItemRepository extends ListCrudRepository<PlanItem, Long> {

	List<PlanItem> findByLegIdOrderByActionId(Long legId);

	Optional<PlanItem> findByLegIdAndActionId(Long legId, String actionId);

}
