package org.legadvisor.web.questionnaire;

import io.swagger.v3.oas.annotations.Hidden;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.Questionnaire;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The web questionnaire at {@code /}, generated from the questionnaire definition. */
@Hidden
@Controller
class QuestionnairePageController {

	private final Questionnaire questionnaire;

	private final QuestionnairePageModel form;

	QuestionnairePageController(Questionnaire questionnaire) {
		this.questionnaire = questionnaire;
		this.form = QuestionnairePageModel.of(questionnaire);
	}

	@GetMapping("/")
	String questionnaire(Model model) {
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("form", form);
		// The server's own limits, so that the form takes what the server takes, typed or imported.
		model.addAttribute("legFieldLength", AnswerValidator.MAX_LEG_FIELD_LENGTH);
		model.addAttribute("textLength", AnswerValidator.MAX_TEXT_LENGTH);
		return "questionnaire";
	}

}
