package org.legadvisor.web.workspace;

import jakarta.servlet.http.HttpServletResponse;
import org.legadvisor.memory.MemoryException;
import org.legadvisor.memory.StoredAccounts;
import org.legadvisor.web.security.PageSecurityConfiguration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of the one-time set-up link: the first administrator chooses a name and a password (twice). A link used,
 * expired or mistyped gets a page saying so (404), without telling which.
 */
@Controller
class SetupPageController {

	private final SetupLink link;

	SetupPageController(SetupLink link) {
		this.link = link;
	}

	@GetMapping("/setup/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!link.valid(token)) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "setup-gone";
		}
		model.addAttribute("minPassword", StoredAccounts.MIN_PASSWORD);
		model.addAttribute("action", "/setup/" + token);
		return "setup";
	}

	@PostMapping("/setup/{token}")
	String create(@PathVariable String token, @RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
			Model model, HttpServletResponse response) {
		if (!link.valid(token)) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "setup-gone";
		}
		model.addAttribute("minPassword", StoredAccounts.MIN_PASSWORD);
		model.addAttribute("action", "/setup/" + token);
		model.addAttribute("username", username);
		String problem = password.length() < StoredAccounts.MIN_PASSWORD ? "setup.problem.short"
				: !password.equals(confirmation) ? "setup.problem.confirmation" : null;
		if (problem == null) {
			try {
				if (link.use(token, username.strip(), password)) {
					return "redirect:" + PageSecurityConfiguration.LOGIN + "?ready";
				}
				response.setStatus(HttpServletResponse.SC_NOT_FOUND);
				return "setup-gone";
			}
			catch (MemoryException e) {
				problem = "setup.problem.username";
			}
		}
		model.addAttribute("problem", problem);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return "setup";
	}

}
