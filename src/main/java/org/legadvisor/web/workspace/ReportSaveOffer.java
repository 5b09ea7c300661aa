package org.legadvisor.web.workspace;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.legadvisor.memory.Caller;
import org.legadvisor.memory.Leg;
import org.legadvisor.memory.LegWorkspaces;
import org.legadvisor.memory.MemoryException;
import org.legadvisor.web.assessment.ReportPageAdditions;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * On the report the questionnaire leads to: "Save as a round of (the LEG)", for a person logged in who started the
 * questionnaire from that LEG's page and may enter its rounds. Nothing for anyone else, and no session is made.
 */
@Component
class ReportSaveOffer implements ReportPageAdditions {

	private final LegWorkspaces workspaces;

	ReportSaveOffer(LegWorkspaces workspaces) {
		this.workspaces = workspaces;
	}

	@Override
	public Map<String, ?> of(String answersJson) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!PageCallers.loggedIn(authentication)
				|| !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return Map.of();
		}
		HttpServletRequest request = attributes.getRequest();
		HttpSession session = request.getSession(false);
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (session == null || csrf == null || !(session.getAttribute(LegPagesController.NEW_ROUND_FOR) instanceof Long id)) {
			return Map.of();
		}
		Caller caller = PageCallers.of(authentication);
		try {
			Leg leg = workspaces.writable(id, caller);
			return Map.of("workspace", new WorkspaceBar(leg.name(), "/legs/" + id, "/legs/" + id + "/rounds",
					csrf.getParameterName(), csrf.getToken(), answersJson));
		}
		catch (MemoryException e) {
			return Map.of();
		}
	}

}
