package org.legadvisor.web.workspace;

import java.util.Locale;

import org.legadvisor.memory.MemoryException;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page of the LEG's memory shares: who is logged in (for the header and its logout), and a refused request
 * as a page in words: 404 (no such LEG or round), 403 (another LEG's, or a viewer changing it), 409, 400.
 */
@ControllerAdvice(basePackageClasses = WorkspacePageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspacePageAdvice {

	@ModelAttribute("user")
	String user(Authentication authentication) {
		return PageCallers.loggedIn(authentication) ? authentication.getName() : null;
	}

	@ExceptionHandler(MemoryException.class)
	ModelAndView refused(MemoryException e, Authentication authentication, Locale locale) {
		HttpStatus status = switch (e.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.BAD_REQUEST;
		};
		ModelAndView page = new ModelAndView("workspace-problem", status);
		page.addObject("titleKey", "workspace.problem." + e.kind().name().toLowerCase(Locale.ROOT));
		page.addObject("detail", e.getMessage());
		page.addObject("user", user(authentication));
		return page;
	}

	@ExceptionHandler(InvalidAnswersException.class)
	ModelAndView invalid(InvalidAnswersException e, Authentication authentication) {
		ModelAndView page = new ModelAndView("answers-problems", HttpStatus.BAD_REQUEST);
		page.addObject("problems", e.problems());
		return page;
	}

}
