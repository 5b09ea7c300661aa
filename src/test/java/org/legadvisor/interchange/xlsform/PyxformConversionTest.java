package org.legadvisor.interchange.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.language.Language;
import org.legadvisor.language.Translator;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * The second check of the XLSForm, where pyxform is installed ({@code pip install pyxform}): its {@code xls2xform}
 * converts the exported form into the XForm that KoBoToolbox and ODK Central themselves make from it. Skipped, saying
 * so, when {@code xls2xform} is not on the PATH; {@link XlsFormExportTest} holds the form to the same rules without it.
 */
class PyxformConversionTest {

	private static final String CONVERTER = "xls2xform";

	@Test
	void pyxformConvertsTheFormWithEveryLanguageAsATranslation(@TempDir Path dir) throws Exception {
		Optional<Path> converter = onPath(CONVERTER);
		assumeTrue(converter.isPresent(), CONVERTER + " (pyxform) is not on the PATH: pip install pyxform to run this check");
		Questionnaire questionnaire = Questionnaire.load(Path.of("knowledge-base/questionnaire.json"));
		Translator translator = new Translator(questionnaire, KnowledgeBase.load(Path.of("knowledge-base")));
		Path form = dir.resolve("leg.xlsx");
		try (OutputStream out = Files.newOutputStream(form)) {
			new XlsFormWriter().write(XlsFormBuilder.inEveryLanguage(translator, Language.ENGLISH).build(), out);
		}
		Path xform = dir.resolve("leg.xml");

		// --skip_validate: no ODK Validate, which pyxform would download and run on Java; its own checks always run.
		Process process = new ProcessBuilder(converter.get().toString(), "--skip_validate", form.toString(),
				xform.toString()).redirectErrorStream(true).start();
		boolean ended = process.waitFor(2, TimeUnit.MINUTES);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!ended) {
			process.destroyForcibly();
		}

		assertThat(ended).as(output).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).doesNotContain("machine-readable codes");
		assertThat(xform).exists();
		String xml = Files.readString(xform);
		assertThat(xml).contains("id=\"" + XlsFormBuilder.FORM_ID + "\"");
		for (Language language : translator.languages().all()) {
			assertThat(xml).contains("lang=\"" + XlsFormBuilder.columnName(language) + "\"");
		}
		assertThat(xml).contains(">" + translator.in(new Language("fr")).words().get("answer.partly") + "<");
	}

	private static Optional<Path> onPath(String command) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		return Stream.of(path.split(File.pathSeparator)).map(folder -> Path.of(folder, command))
			.filter(Files::isExecutable).findFirst();
	}

}
