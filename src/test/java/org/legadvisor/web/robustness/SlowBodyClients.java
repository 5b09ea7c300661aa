package org.legadvisor.web.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that each post a large body one byte at a time, as an attacker holding threads would: {@code count}
 * connections, each sending a byte every {@code interval}, all from one thread, until the server answers or closes
 * them. Counts the status codes the server answers them with.
 */
final class SlowBodyClients implements AutoCloseable {

	private static final byte[] HEADERS = ("POST /api/assessments HTTP/1.1\r\nHost: localhost\r\n"
			+ "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.UTF_8);

	private static final long LOOK_MILLIS = 50;

	private final int port;

	private final List<Socket> open = new ArrayList<>();

	private final ConcurrentMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

	private final Thread thread;

	private final CountDownLatch opened = new CountDownLatch(1);

	private volatile boolean stopping;

	SlowBodyClients(int port, int count, Duration interval) {
		this.port = port;
		this.thread = new Thread(() -> run(count, interval), "slow-body-clients");
		thread.setDaemon(true);
		thread.start();
	}

	private void run(int count, Duration interval) {
		try {
			while (open.size() < count && !stopping) {
				open.add(connect());
			}
			opened.countDown();
			long nextByte = System.nanoTime() + interval.toNanos();
			while (!stopping) {
				// Answers are looked for often, so that they are counted soon; a byte goes out once per interval.
				Thread.sleep(Math.min(LOOK_MILLIS, interval.toMillis()));
				boolean send = System.nanoTime() - nextByte >= 0;
				if (send) {
					nextByte += interval.toNanos();
				}
				open.removeIf(socket -> answeredOrClosed(socket, send));
			}
		}
		catch (IOException | InterruptedException e) {
			// stopped, or the server is gone
		}
		finally {
			open.forEach(SlowBodyClients::closeQuietly);
		}
	}

	private Socket connect() throws IOException {
		Socket socket = new Socket("localhost", port);
		socket.getOutputStream().write(HEADERS);
		socket.getOutputStream().flush();
		return socket;
	}

	/** Sends the next byte if asked, unless the server has answered (the status is counted) or closed the connection. */
	private boolean answeredOrClosed(Socket socket, boolean send) {
		try {
			InputStream in = socket.getInputStream();
			if (in.available() > 0) {
				byte[] head = new byte[Math.min(in.available(), 64)];
				int read = in.read(head);
				String line = new String(head, 0, Math.max(read, 0), StandardCharsets.ISO_8859_1);
				if (line.startsWith("HTTP/1.1 ")) {
					statuses.computeIfAbsent(Integer.valueOf(line.substring(9, 12)), s -> new AtomicInteger())
						.incrementAndGet();
				}
				closeQuietly(socket);
				return true;
			}
			if (send) {
				socket.getOutputStream().write(' ');
				socket.getOutputStream().flush();
			}
			return false;
		}
		catch (IOException e) {
			closeQuietly(socket);
			return true;
		}
	}

	/** Waits until every connection has been opened and has sent its headers. */
	void awaitOpened(Duration limit) throws InterruptedException {
		if (!opened.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("the slow clients were not all connected within " + limit);
		}
	}

	/** Waits until at least {@code count} of these clients were answered with this status; false if not in time. */
	boolean awaitAnswered(int status, int count, Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (answered(status) < count && System.nanoTime() - deadline < 0) {
			Thread.sleep(20);
		}
		return answered(status) >= count;
	}

	/** How many of these clients were answered with this status so far. */
	int answered(int status) {
		AtomicInteger count = statuses.get(status);
		return count == null ? 0 : count.get();
	}

	@Override
	public void close() throws InterruptedException {
		stopping = true;
		thread.interrupt();
		thread.join(10_000);
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException e) {
			// nothing to do
		}
	}

}
