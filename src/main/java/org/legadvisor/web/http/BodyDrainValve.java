package org.legadvisor.web.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

/**
 * Bounds the time a refused or abandoned request body may hold a thread. When the application answers without reading
 * the whole body (a 405, a 415, a 408 for a body too slow), Tomcat reads the rest before the connection serves another
 * request, at the client's pace: one trickling its body would keep a thread waiting as long as it likes. This valve
 * completes the response first, so the client has its answer, then lets the rest of the body arrive until the body
 * timeout (counted from when its headers were read), as much as Tomcat would drain, and closes the connection if it
 * has not. A client already answered 408, or one that declared more than can be drained, is not waited for at all.
 */
final class BodyDrainValve extends ValveBase {

	private final Duration timeout;

	private final long maxBytes;

	/** Drains for at most {@code timeout} and {@code maxBytes} (Tomcat's max-swallow-size; negative for no limit). */
	BodyDrainValve(Duration timeout, long maxBytes) {
		super(true);
		this.timeout = timeout;
		this.maxBytes = maxBytes < 0 ? Long.MAX_VALUE : maxBytes;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		long deadline = System.nanoTime() + timeout.toNanos();
		getNext().invoke(request, response);
		if (request.isAsync() || bodyFullyRead(request) || !ioAllowed(response)) {
			return;
		}
		response.finishResponse();
		long declaredLeft = request.getContentLengthLong() - request.getCoyoteRequest().getBytesRead();
		boolean tooSlowAlready = response.getStatus() == HttpServletResponse.SC_REQUEST_TIMEOUT;
		if (tooSlowAlready || declaredLeft > maxBytes || !drained(request, deadline, maxBytes)) {
			request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
		}
	}

	/** Reads below the servlet layer, whose stream is closed once the response is finished, as Tomcat's own draining does. */
	private static boolean drained(Request request, long deadline, long maxBytes) {
		Discarded discarded = new Discarded();
		long drained = 0;
		try {
			while (System.nanoTime() - deadline < 0 && drained <= maxBytes) {
				int read = request.getCoyoteRequest().doRead(discarded);
				if (read < 0) {
					return true;
				}
				drained += read;
			}
		}
		catch (IOException e) {
			// Stalled or broken off: the connection cannot serve another request.
		}
		return false;
	}

	private static boolean bodyFullyRead(Request request) {
		AtomicBoolean read = new AtomicBoolean(true);
		request.getCoyoteRequest().action(ActionCode.REQUEST_BODY_FULLY_READ, read);
		return read.get();
	}

	private static boolean ioAllowed(Response response) {
		AtomicBoolean allowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
		return allowed.get();
	}

	/** Where the drained bytes go: nowhere. */
	private static final class Discarded implements ApplicationBufferHandler {

		private ByteBuffer buffer = ByteBuffer.allocate(0);

		@Override
		public void setByteBuffer(ByteBuffer buffer) {
			this.buffer = buffer;
		}

		@Override
		public ByteBuffer getByteBuffer() {
			return buffer;
		}

		@Override
		public void expand(int size) {
		}

	}

}
