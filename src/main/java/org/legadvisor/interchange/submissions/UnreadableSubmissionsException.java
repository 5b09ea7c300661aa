package org.legadvisor.interchange.submissions;

/** A submissions file that cannot be read as a table of submissions; the message says why, in words. */
public class UnreadableSubmissionsException extends Exception {

	public UnreadableSubmissionsException(String message) {
		super(message);
	}

}
