package org.legadvisor.web.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the questionnaire page, when it is a new round of a LEG (started from the LEG's page in this session), where
 * that LEG's draft lives on the server, so that the page continues it and saves to it as the officer types. The
 * anonymous questionnaire has no session: it gets nothing, calls nothing and no session is made for it.
 */
@ControllerAdvice(basePackages = "org.legadvisor.web.questionnaire")
class QuestionnaireDraftLink {

	@ModelAttribute("legDraft")
	String legDraft(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(LegPagesController.NEW_ROUND_FOR) instanceof Long id) {
			return request.getContextPath() + "/legs/" + id + "/draft";
		}
		return null;
	}

}
