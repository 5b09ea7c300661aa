package org.legadvisor.memory;

/**
 * A request on stored data that cannot be done as asked; {@code kind} says how the service answers, the message says
 * in words what was asked and why it cannot be done (from messages.properties).
 */
public final class MemoryException extends RuntimeException {

	/** How a refusal is answered: not there, not allowed, changed meanwhile, or not valid as given. */
	public enum Kind {
		NOT_FOUND, FORBIDDEN, CONFLICT, INVALID
	}

	private final Kind kind;

	private final String titleKey;

	public MemoryException(Kind kind, String titleKey, String messageKey, Object... arguments) {
		super(MemoryWords.text(messageKey, arguments));
		this.kind = kind;
		this.titleKey = titleKey;
	}

	public Kind kind() {
		return kind;
	}

	/** The problem's title, in words. */
	public String title() {
		return MemoryWords.text(titleKey);
	}

	static MemoryException legNotFound(long legId) {
		return new MemoryException(Kind.NOT_FOUND, "memory.problem.notFound.title", "memory.problem.legNotFound", legId);
	}

	static MemoryException roundNotFound(long legId, long roundId) {
		return new MemoryException(Kind.NOT_FOUND, "memory.problem.notFound.title", "memory.problem.roundNotFound",
				roundId, legId);
	}

	static MemoryException notYours(String username, String legName) {
		return new MemoryException(Kind.FORBIDDEN, "memory.problem.forbidden.title", "memory.problem.notYours",
				username, legName);
	}

	static MemoryException readOnly(String username, String legName) {
		return new MemoryException(Kind.FORBIDDEN, "memory.problem.forbidden.title", "memory.problem.readOnly",
				username, legName);
	}

	public static MemoryException administratorsOnly(String username) {
		return new MemoryException(Kind.FORBIDDEN, "memory.problem.forbidden.title",
				"memory.problem.administratorsOnly", username);
	}

	public static MemoryException invalid(String messageKey, Object... arguments) {
		return new MemoryException(Kind.INVALID, "memory.problem.invalid.title", messageKey, arguments);
	}

	public static MemoryException conflict(String messageKey, Object... arguments) {
		return new MemoryException(Kind.CONFLICT, "memory.problem.conflict.title", messageKey, arguments);
	}

}
