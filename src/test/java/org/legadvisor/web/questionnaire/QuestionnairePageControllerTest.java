package org.legadvisor.web.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.language.Translator;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.web.LegAdvisorProperties;
import org.legadvisor.web.admin.AdminProperties;
import org.legadvisor.web.http.ContentSecurityPolicy;
import org.legadvisor.web.http.ProblemPages;
import org.legadvisor.web.http.RequestLanguage;
import org.legadvisor.web.http.SecurityHeaders;
import org.legadvisor.web.security.SecurityConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The questionnaire page is generated from the questionnaire: one input kind per question type, conditions as data. */
@WebMvcTest(QuestionnairePageController.class)
@Import({ SecurityConfiguration.class, SecurityHeaders.class, ContentSecurityPolicy.class, ProblemPages.class,
		RequestLanguage.class })
class QuestionnairePageControllerTest {

	@TestConfiguration
	@EnableConfigurationProperties({ LegAdvisorProperties.class, AdminProperties.class })
	static class BundledQuestionnaire {

		@Bean
		Questionnaire questionnaire() {
			return Questionnaire.load(Path.of("knowledge-base/questionnaire.json"));
		}

		@Bean
		Translator translator(Questionnaire questionnaire) {
			return new Translator(questionnaire, KnowledgeBase.load(Path.of("knowledge-base")));
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Questionnaire questionnaire;

	@Test
	void rendersEverySectionAndQuestionOfTheQuestionnaire() throws Exception {
		Document page = page();

		assertThat(page.select("section.step[data-step]")).hasSize(questionnaire.sections().size() + 1);
		assertThat(page.select("fieldset[data-question]")).hasSize(questionnaire.questions().size());
		for (Questionnaire.Question question : questionnaire.questions()) {
			Element fieldset = page.getElementById("question-" + question.id());
			assertThat(fieldset).as(question.id()).isNotNull();
			assertThat(fieldset.selectFirst("legend").text()).contains(question.text());
			if (question.help() != null) {
				assertThat(fieldset.select(".help").text()).isEqualTo(question.help());
			}
		}
	}

	@Test
	void givesEachTypeItsInputAndEveryNonTextQuestionADontKnow() throws Exception {
		Document page = page();

		for (Questionnaire.Question question : questionnaire.questions()) {
			Element fieldset = page.getElementById("question-" + question.id());
			String expectedInput = switch (question.type()) {
				case YES_PARTLY_NO, SINGLE_CHOICE -> "input[type=radio]";
				case MULTI_CHOICE -> "input[type=checkbox]";
				case NUMBER -> "input.number-input";
				case TEXT -> "textarea";
			};
			assertThat(fieldset.select(expectedInput)).as(question.id()).isNotEmpty();
			assertThat(fieldset.select("input[value=dont_know]")).as(question.id())
				.hasSize(question.type() == org.legadvisor.questionnaire.QuestionType.TEXT ? 0 : 1);
		}
		Element years = page.getElementById("question-tor.years_since_review");
		assertThat(years.attr("data-min")).isEqualTo("0");
		assertThat(years.attr("data-max")).isEqualTo("30");
	}

	@Test
	void writesTheQuestionnairesNumberChecksForThePageScript() throws Exception {
		Document page = page();

		for (Questionnaire.Question question : questionnaire.questions()) {
			Element fieldset = page.getElementById("question-" + question.id());
			assertThat(fieldset.hasAttr("data-whole-number")).as(question.id()).isEqualTo(question.wholeNumber());
			assertThat(fieldset.attr("data-at-most")).as(question.id())
				.isEqualTo(question.atMost() == null ? "" : question.atMost());
		}
		assertThat(page.getElementById("question-members.active").attr("data-at-most")).isEqualTo("members.total");
		assertThat(page.getElementById("q-members.active").attr("inputmode")).isEqualTo("numeric");
		assertThat(page.getElementById("questionnaire").attr("data-at-most"))
			.isEqualTo("{0} is more than the {1} given for question {2}, \"{3}\".");
	}

	@Test
	void writesEachConditionForThePageScript() throws Exception {
		Element covers = page().getElementById("question-tor.covers");

		assertThat(covers.attr("data-show-if")).isEqualTo("tor.exists");
		assertThat(covers.attr("data-any-of")).isEqualTo("yes partly");
		assertThat(page().getElementById("question-tor.exists").hasAttr("data-show-if")).isFalse();
	}

	@Test
	void numbersTheQuestionsAlwaysAskedWithoutGapsAndEachFollowUpAfterTheQuestionBeforeIt() throws Exception {
		Document page = page();

		int always = 0;
		char letter = 'a';
		for (Questionnaire.Question question : questionnaire.questions()) {
			String number = page.getElementById("question-" + question.id()).selectFirst("legend .number")
				.attr("data-number");
			if (question.showIf() == null) {
				assertThat(number).as(question.id()).isEqualTo(String.valueOf(++always));
				letter = 'a';
			}
			else {
				assertThat(number).as(question.id()).isEqualTo(always + String.valueOf(letter++));
			}
		}
		assertThat(page.getElementById("question-tor.covers").selectFirst(".condition").text())
			.isEqualTo("Asked because of your answer to question "
					+ page.getElementById("question-tor.exists").selectFirst("legend .number").attr("data-number") + ".");
	}

	@Test
	void linksAFaviconAndSaysWhereTheSkipLinkGoes() throws Exception {
		Document page = page();

		assertThat(page.selectFirst("link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");
		Element skip = page.selectFirst("a.skip-link");
		assertThat(skip.text()).isEqualTo("Skip to the questions");
		assertThat(page.getElementById(skip.attr("href").substring(1)).select("fieldset.question")).isNotEmpty();
	}

	@Test
	void takesTheServersLengthLimitsInTheLegsFieldsAndFreeText() throws Exception {
		Document page = page();

		assertThat(page.select("input[data-leg][type=text]")).hasSize(3)
			.allSatisfy(input -> assertThat(input.attr("maxlength"))
				.isEqualTo(String.valueOf(AnswerValidator.MAX_LEG_FIELD_LENGTH)));
		assertThat(page.select("textarea")).isNotEmpty()
			.allSatisfy(text -> assertThat(text.attr("maxlength")).isEqualTo(String.valueOf(AnswerValidator.MAX_TEXT_LENGTH)));
	}

	@Test
	void labelsEveryInput() throws Exception {
		Document page = page();

		for (Element input : page.select("#questionnaire input, #questionnaire textarea")) {
			boolean wrapped = input.parents().stream().anyMatch(parent -> parent.tagName().equals("label"));
			boolean labelled = !page.select("label[for=" + input.id() + "]").isEmpty();
			assertThat(wrapped || labelled).as(input.outerHtml()).isTrue();
		}
	}

	private Document page() throws Exception {
		String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}

}
