package org.legadvisor.memory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.legadvisor.memory.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The LEGs and who may see them: an administrator sees every LEG; any other account the LEGs it is a member of, as
 * coordinator (enters rounds, edits the plan) or viewer (reads). Whoever creates a LEG coordinates it.
 */
@Service
public class LegWorkspaces {

	static final int MAX_NAME = 200;

	private final LegRepository legs;

	private final MembershipRepository members;

	private final AccountRepository accounts;

	private final AuditLog audit;

	private final Clock clock;

	LegWorkspaces(LegRepository legs, MembershipRepository members, AccountRepository accounts, AuditLog audit,
			Clock clock) {
		this.legs = legs;
		this.members = members;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Leg create(String name, String country, String language, Caller caller) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
			throw MemoryException.invalid("memory.problem.legName", MAX_NAME);
		}
		Leg leg = legs.save(new Leg(null, trimmed, blankToNull(country), blankToNull(language), caller.username(),
				clock.instant()));
		members.save(new Membership(null, leg.id(), caller.username(), LegRole.coordinator));
		audit.record(caller.username(), leg.id(), AuditLog.What.LEG_CREATED, leg.name(), null);
		return leg;
	}

	@Transactional(readOnly = true)
	public List<Leg> visibleTo(Caller caller) {
		return caller.administrator() ? legs.findAllByOrderByNameAscIdAsc() : legs.findByMember(caller.username());
	}

	/** The LEG, if the caller may read its data; else refused (404 if there is none, 403 if it is another's). */
	@Transactional(readOnly = true)
	public Leg readable(long legId, Caller caller) {
		Leg leg = legs.findById(legId).orElseThrow(() -> MemoryException.legNotFound(legId));
		if (!caller.administrator() && role(legId, caller).isEmpty()) {
			throw MemoryException.notYours(caller.username(), leg.name());
		}
		return leg;
	}

	/** The LEG, if the caller may change its data (administrator or coordinator). */
	@Transactional(readOnly = true)
	public Leg writable(long legId, Caller caller) {
		Leg leg = readable(legId, caller);
		if (!caller.administrator() && role(legId, caller).orElseThrow() != LegRole.coordinator) {
			throw MemoryException.readOnly(caller.username(), leg.name());
		}
		return leg;
	}

	/**
	 * Gives a stored account a role in a LEG (or changes it): administrators and the LEG's coordinators may.
	 */
	@Transactional
	public void grant(long legId, String username, LegRole role, Caller caller) {
		Leg leg = writable(legId, caller);
		if (accounts.findByUsername(username).isEmpty()) {
			throw MemoryException.invalid("memory.problem.noSuchAccount", username);
		}
		Membership current = members.findByLegIdAndUsername(legId, username).orElse(null);
		members.save(new Membership(current == null ? null : current.id(), legId, username, role));
		audit.record(caller.username(), legId, AuditLog.What.MEMBER_GRANTED, username,
				AuditLog.detail("role", role, "leg", leg.name()));
	}

	private Optional<LegRole> role(long legId, Caller caller) {
		return members.findByLegIdAndUsername(legId, caller.username()).map(Membership::role);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
