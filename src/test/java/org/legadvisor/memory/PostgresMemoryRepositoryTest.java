package org.legadvisor.memory;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The repository tests on PostgreSQL, when one is given ({@link PostgresGiven}; {@code .ci/run} gives one). */
@ExtendWith(PostgresGiven.class)
class PostgresMemoryRepositoryTest extends MemoryRepositoryContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", PostgresGiven::url);
	}

}
