package org.legadvisor.memory;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface RoundRepository extends ListCrudRepository<Round, Long> {

	/** Oldest first; rounds entered in the same instant keep the order they were saved in. */
	List<Round> findByLegIdOrderByEnteredAtAscIdAsc(Long legId);

	long countByLegId(Long legId);

}
