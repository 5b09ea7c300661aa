package org.legadvisor.knowledge;

/** A knowledge-base file is missing, malformed or inconsistent; the message names the file. */
public class KnowledgeBaseException extends RuntimeException {

	public KnowledgeBaseException(String message) {
		super(message);
	}

	public KnowledgeBaseException(String message, Throwable cause) {
		super(message, cause);
	}

}
