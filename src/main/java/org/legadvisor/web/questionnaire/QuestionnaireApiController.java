package org.legadvisor.web.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.legadvisor.web.http.RequestLanguage;
import org.legadvisor.language.Language;
import org.legadvisor.language.Translator;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.web.http.AnswersBody;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class QuestionnaireApiController {

	private final Translator translator;

	private final RequestLanguage language;

	private final AnswerValidator validator;

	private final AnswersBody answers;

	QuestionnaireApiController(Translator translator, RequestLanguage language, AnswerValidator validator,
			AnswersBody answers) {
		this.translator = translator;
		this.language = language;
		this.validator = validator;
		this.answers = answers;
	}

	@Operation(summary = "The questionnaire: sections, questions, help, answer types and conditions, in the language "
			+ "of ?lang= or Accept-Language (English by default)")
	@GetMapping(path = "/api/questionnaire", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Questionnaire> questionnaire(
			@Parameter(description = "language code, e.g. fr") @RequestParam(required = false) String lang,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
			String acceptLanguage) {
		Language chosen = language.of(lang, acceptLanguage);
		return RequestLanguage.in(chosen, ResponseEntity.ok()).body(translator.in(chosen).questionnaire());
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
