package org.legadvisor.web.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.web.http.AnswersBody;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class QuestionnaireApiController {

	private final Questionnaire questionnaire;

	private final AnswerValidator validator;

	private final AnswersBody answers;

	QuestionnaireApiController(Questionnaire questionnaire, AnswerValidator validator, AnswersBody answers) {
		this.questionnaire = questionnaire;
		this.validator = validator;
		this.answers = answers;
	}

	@Operation(summary = "The questionnaire: sections, questions, help, answer types and conditions")
	@GetMapping(path = "/api/questionnaire", produces = MediaType.APPLICATION_JSON_VALUE)
	Questionnaire questionnaire() {
		return questionnaire;
	}

	@Operation(summary = "Checks an answers document without assessing it: 200 {valid: true}, or 400 with the problems")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = AnswersDocument.class)))
	@PostMapping(path = "/api/answers/validate", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Boolean> validate(@Parameter(hidden = true) InputStream body)
			throws IOException, InvalidAnswersException {
		validator.validate(answers.read(body));
		return Map.of("valid", true);
	}

}
