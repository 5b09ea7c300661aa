package org.legadvisor.web.http;

import java.io.IOException;

/**
 * A request body that could not be read to its end: the client closed or broke the connection before sending all it
 * declared. A fault of the client, not of the service; answered with 400 in case it still listens.
 */
class IncompleteBodyException extends IOException {

	IncompleteBodyException(IOException cause) {
		super("The request body ended before its declared end", cause);
	}

}
