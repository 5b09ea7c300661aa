package org.legadvisor.memory.backup;

import javax.sql.DataSource;

/** A backup of H2 restored into H2. */
class H2MemoryBackupTest extends MemoryBackupContract {

	@Override
	DataSource emptyTarget() {
		return StoredDataFixture.migrated(StoredDataFixture.h2(folder.resolve("target")));
	}

}
