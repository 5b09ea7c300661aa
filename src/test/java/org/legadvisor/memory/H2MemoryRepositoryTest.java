package org.legadvisor.memory;

import java.io.IOException;
import java.nio.file.Files;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The repository tests on the default database: an H2 file in a fresh folder. */
class H2MemoryRepositoryTest extends MemoryRepositoryContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		String data = Files.createTempDirectory("leg-memory-h2").toString();
		registry.add("leg-advisor.data", () -> data);
	}

}
