package org.legadvisor.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The language of the command line's own words (its help, errors, progress and summaries), from the bundle
 * {@code cli.properties} and its translations ({@code cli_fr.properties}): {@code --lang CODE} anywhere on the command
 * line, else the environment's locale ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}), else English. A language
 * the bundle lacks reads in English. Public for the commands of {@code cli.memory}.
 */
public final class CliLanguage {

	/** The base name of the bundle, in {@code src/main/resources}. */
	static final String BUNDLE = "cli";

	private CliLanguage() {
	}

	/** The bundle in the language the arguments or the environment ask for. */
	static ResourceBundle bundle(String[] args, Map<String, String> environment) {
		return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(code(args, environment)),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** {@code fr} for {@code --lang fr}, {@code --lang=fr} or {@code LANG=fr_FR.UTF-8}; {@code en} otherwise. */
	static String code(String[] args, Map<String, String> environment) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--lang") && i + 1 < args.length) {
				return args[i + 1];
			}
			if (args[i].startsWith("--lang=")) {
				return args[i].substring("--lang=".length());
			}
		}
		return Stream.of("LC_ALL", "LC_MESSAGES", "LANG")
			.map(environment::get)
			.filter(value -> value != null && !value.isBlank())
			.findFirst()
			.flatMap(CliLanguage::language)
			.orElse("en");
	}

	/** {@code fr_FR.UTF-8} is French; {@code C}, {@code POSIX} and {@code C.UTF-8} say no language. */
	private static Optional<String> language(String locale) {
		String language = locale.split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
		return language.length() < 2 || language.equals("posix") ? Optional.empty() : Optional.of(language);
	}

	/** The command's words for {@code key}, with its {@code %s} filled in as {@code String.format} does. */
	public static String say(CommandSpec spec, String key, Object... args) {
		return String.format(spec.resourceBundle().getString(key), args);
	}

}
