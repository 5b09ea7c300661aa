package org.legadvisor.web.workspace;

import org.legadvisor.web.security.PageSecurityConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Our login page (Spring Security checks the form it posts): it says why it is shown again, if it is. */
@Controller
class LoginPageController {

	@GetMapping(PageSecurityConfiguration.LOGIN)
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			@RequestParam(required = false) String ready, @RequestParam(required = false) Long wait,
			Authentication authentication, Model model) {
		if (PageCallers.loggedIn(authentication)) {
			return "redirect:" + PageSecurityConfiguration.HOME;
		}
		model.addAttribute("error", error != null);
		model.addAttribute("loggedOut", logout != null);
		model.addAttribute("ready", ready != null);
		model.addAttribute("wait", wait);
		return "login";
	}

}
