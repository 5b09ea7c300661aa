package org.legadvisor.cli;

import java.util.stream.Collectors;

import org.legadvisor.language.Language;
import org.legadvisor.language.Languages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --lang CODE}: the language a command writes in, one of those the knowledge base offers (public for the
 * commands of {@code cli.memory}).
 */
public final class LanguageOption {

	@Spec(Spec.Target.MIXEE)
	CommandSpec mixee;

	@Option(names = "--lang", paramLabel = "CODE")
	String code;

	/** The language asked for; a code the knowledge base does not offer is a usage error naming those it does. */
	public Language in(Languages languages) {
		if (code == null) {
			return Language.ENGLISH;
		}
		return languages.find(code).orElseThrow(() -> new ParameterException(mixee.commandLine(), CliLanguage.say(mixee,
				"lang.unknown", code, languages.all().stream().map(Language::code).collect(Collectors.joining(", ")))));
	}

}
