package org.legadvisor.memory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface MembershipRepository extends ListCrudRepository<Membership, Long> {

	Optional<Membership> findByLegIdAndUsername(Long legId, String username);

	List<Membership> findByLegIdOrderByUsername(Long legId);

}
