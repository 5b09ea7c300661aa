package org.legadvisor.engine;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The rules folder given does not exist (or is not a folder): its own type, so that a command can say so in words.
 * Not a {@link java.nio.file.NoSuchFileException}, which commands read as a missing answers or backup file.
 */
public final class RulesFolderNotFoundException extends IOException {

	private static final long serialVersionUID = 1L;

	private final String folder;

	public RulesFolderNotFoundException(Path folder) {
		super("Rules folder not found: " + folder.toAbsolutePath());
		this.folder = folder.toAbsolutePath().toString();
	}

	public String folder() {
		return folder;
	}

}
