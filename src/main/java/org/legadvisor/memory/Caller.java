package org.legadvisor.memory;

/** Who makes a request: an account's name, and whether it administers the service (every LEG is then open to it). */
public record Caller(String username, boolean administrator) {
}
