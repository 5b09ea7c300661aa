package org.legadvisor.web.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Sends a request line exactly as written, which an HTTP client would normalize or refuse ({@code ..}, a backslash,
 * {@code %2f}), or from another local address, and reads the whole answer. HTTP/1.0, so that the body comes
 * unchunked.
 */
public final class RawHttp {

	public record Response(int status, Map<String, String> headers, String body) {

		public Optional<String> header(String name) {
			return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
		}

	}

	private RawHttp() {
	}

	public static Response get(int port, String path) throws IOException {
		return send(new Socket("localhost", port), "GET " + path + " HTTP/1.0\r\nHost: localhost\r\n\r\n");
	}

	/** Sends the request from this local address, such as 127.0.0.2, as another client would. */
	public static Response send(int port, InetAddress from, String request) throws IOException {
		return send(new Socket(InetAddress.getLoopbackAddress(), port, from, 0), request);
	}

	private static Response send(Socket connection, String request) throws IOException {
		try (Socket socket = connection) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int split = answer.indexOf("\r\n\r\n");
			String[] head = answer.substring(0, split).split("\r\n");
			Map<String, String> headers = new TreeMap<>();
			for (int i = 1; i < head.length; i++) {
				int colon = head[i].indexOf(':');
				headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
			}
			return new Response(Integer.parseInt(head[0].split(" ")[1]), headers, answer.substring(split + 4));
		}
	}

}
