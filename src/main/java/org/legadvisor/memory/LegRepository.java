package org.legadvisor.memory;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface LegRepository extends ListCrudRepository<Leg, Long> {

	List<Leg> findAllByOrderByNameAscIdAsc();

	@Query("SELECT l.* FROM leg l JOIN membership m ON m.leg_id = l.id WHERE m.username = :username "
			+ "ORDER BY l.name, l.id")
	List<Leg> findByMember(@Param("username") String username);

}
