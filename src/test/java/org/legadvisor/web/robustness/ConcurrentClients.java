package org.legadvisor.web.robustness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

/**
 * Clients that each send one request after another, all at once, until stopped, over kept-alive connections; every
 * exchange is recorded, a failure to get any response included. For load and for "the others are still served"
 * checks.
 */
public final class ConcurrentClients implements AutoCloseable {

	/** Each request times out after this: a hang is a failure, not a stuck test. */
	public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	/** One request and its outcome: {@code failure} is set when no response came, {@code status} is then 0. */
	public record Exchange(int client, int sequence, int status, String contentType, String body, long nanos,
			Exception failure) {

		boolean ok() {
			return failure == null && status == 200;
		}

		@Override
		public String toString() {
			return "client " + client + " #" + sequence + ": "
					+ (failure != null ? failure : status + " " + body.substring(0, Math.min(200, body.length())));
		}

	}

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());

	private final AtomicBoolean stopping = new AtomicBoolean();

	private final ExecutorService threads;

	private final long started = System.nanoTime();

	private long stopped;

	/** Starts {@code clients} clients; the n-th request of client c is {@code request.apply(c, n)}. */
	ConcurrentClients(int clients, BiFunction<Integer, Integer, HttpRequest> request) {
		this.threads = Executors.newFixedThreadPool(clients);
		for (int c = 0; c < clients; c++) {
			int client = c;
			threads.execute(() -> {
				for (int n = 0; !stopping.get(); n++) {
					exchanges.add(send(client, n, request.apply(client, n)));
				}
			});
		}
	}

	private Exchange send(int client, int sequence, HttpRequest request) {
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Exchange(client, sequence, response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(""), response.body(),
					System.nanoTime() - start, null);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Exchange(client, sequence, 0, "", "", System.nanoTime() - start, e);
		}
		catch (Exception e) {
			return new Exchange(client, sequence, 0, "", "", System.nanoTime() - start, e);
		}
	}

	/** How many exchanges have completed so far. */
	int completed() {
		return exchanges.size();
	}

	/** Lets each client finish the request it is sending, then returns every exchange, in order of completion. */
	List<Exchange> stop() throws InterruptedException {
		if (stopping.compareAndSet(false, true)) {
			threads.shutdown();
			if (!threads.awaitTermination(REQUEST_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("clients still running after their request timeout");
			}
			stopped = System.nanoTime();
		}
		synchronized (exchanges) {
			return List.copyOf(exchanges);
		}
	}

	/** From start to stop. */
	Duration elapsed() {
		return Duration.ofNanos((stopped == 0 ? System.nanoTime() : stopped) - started);
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

	/** A JSON POST with the request timeout. */
	public static HttpRequest postJson(URI uri, byte[] body) {
		return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

}
