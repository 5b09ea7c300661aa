package org.legadvisor.web.robustness;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain socket to the service, to send what no HTTP client would: requests cut short, trickled, or lying about their
 * length. Writes that fail because the server has closed the connection are ignored: what the server answered, and
 * when it closed, is what the tests look at.
 */
final class RawConnection implements AutoCloseable {

	private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3})");

	private final Socket socket;

	private final OutputStream out;

	private volatile Thread writer;

	private RawConnection(Socket socket) throws IOException {
		this.socket = socket;
		this.out = socket.getOutputStream();
	}

	static RawConnection open(int port) throws IOException {
		return new RawConnection(new Socket("localhost", port));
	}

	void send(String text) {
		send(text.getBytes(StandardCharsets.UTF_8));
	}

	void send(byte[] bytes) {
		try {
			out.write(bytes);
			out.flush();
		}
		catch (IOException e) {
			// closed by the server
		}
	}

	/** Sends the bytes from another thread, so that a server which stops reading cannot block the test. */
	void sendInBackground(byte[] bytes) {
		startWriter(() -> send(bytes));
	}

	/** Sends one byte every {@code interval}, from another thread, until the connection is closed. */
	void trickle(Duration interval) {
		startWriter(() -> {
			try {
				while (!socket.isClosed()) {
					Thread.sleep(interval.toMillis());
					out.write(' ');
					out.flush();
				}
			}
			catch (IOException | InterruptedException e) {
				// closed by the server, or by the test
			}
		});
	}

	private void startWriter(Runnable writing) {
		Thread thread = new Thread(writing, "raw-connection-writer");
		thread.setDaemon(true);
		thread.start();
		writer = thread;
	}

	/**
	 * Everything the server sends until it closes the connection; fails the test if it has not closed it within
	 * {@code limit}.
	 */
	String readUntilClosed(Duration limit) throws IOException {
		long deadline = System.nanoTime() + limit.toNanos();
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		InputStream in = socket.getInputStream();
		byte[] buffer = new byte[8192];
		try {
			while (true) {
				long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
				socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
				int read = in.read(buffer);
				if (read < 0) {
					return received.toString(StandardCharsets.UTF_8);
				}
				received.write(buffer, 0, read);
			}
		}
		catch (SocketTimeoutException e) {
			return fail("the server had not closed the connection after %s; received: %s", limit,
					received.toString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			// A reset after the server closed with unread bytes: a close too.
			return received.toString(StandardCharsets.UTF_8);
		}
	}

	/** The status codes of the responses in what was received, in order. */
	/**
	 * The status of the server's first answer, or empty if none came within {@code limit}; does not wait for the
	 * connection to close.
	 */
	Optional<Integer> firstStatus(Duration limit) throws IOException {
		long deadline = System.nanoTime() + limit.toNanos();
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		InputStream in = socket.getInputStream();
		byte[] buffer = new byte[8192];
		try {
			while (statuses(received.toString(StandardCharsets.UTF_8)).isEmpty()) {
				long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
				socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
				int read = in.read(buffer);
				if (read < 0) {
					break;
				}
				received.write(buffer, 0, read);
			}
		}
		catch (IOException e) {
			// timed out, or closed: whatever came is all there is
		}
		return statuses(received.toString(StandardCharsets.UTF_8)).stream().findFirst();
	}

	static List<Integer> statuses(String received) {
		Matcher status = STATUS_LINE.matcher(received);
		return status.results().map(m -> Integer.valueOf(m.group(1))).toList();
	}

	@Override
	public void close() throws IOException {
		socket.close();
		Thread thread = writer;
		if (thread != null) {
			thread.interrupt();
		}
	}

}
