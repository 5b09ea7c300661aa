package org.legadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --format} and {@code --out} of every command that writes a result: the same options, help and errors
 * everywhere; each command says only which formats it accepts and which of them are files that cannot be printed
 * (Word, Excel, PDF, XLSForm), which need {@code --out}. The help of each command (key {@code format} and {@code out},
 * or {@code leg-advisor.COMMAND.format}) lists the formats through {@code ${COMPLETION-CANDIDATES}}. Public for the
 * commands of {@code cli.memory}.
 */
public final class OutputOptions {

	/** A format a command accepts: its name, and the extension of its file when it is a file rather than text. */
	public record Format(String name, Optional<String> fileOnly) {

		static Format text(String name) {
			return new Format(name, Optional.empty());
		}

		static Format file(String name, String extension) {
			return new Format(name, Optional.of(extension));
		}

	}

	@Spec(Spec.Target.MIXEE)
	CommandSpec mixee;

	@Option(names = "--format")
	String format;

	@Option(names = "--out", paramLabel = "FILE")
	Path out;

	private final List<Format> accepted;

	/** What {@code --out} names in the help: {@code FILE}, or {@code DIR} for a command that writes many files. */
	private final String outLabel;

	private OutputOptions(List<Format> accepted, String byDefault, Path out, String outLabel) {
		this.accepted = accepted;
		this.format = byDefault;
		this.out = out;
		this.outLabel = outLabel;
	}

	/** Formats that all print as text, the first the default. */
	public static OutputOptions of(String... formats) {
		return new OutputOptions(Arrays.stream(formats).map(Format::text).toList(), formats[0], null, "FILE");
	}

	/** The formats of an enum, all text, {@code byDefault} the default. */
	static <F extends Enum<F>> OutputOptions of(F byDefault) {
		return new OutputOptions(Arrays.stream(byDefault.getDeclaringClass().getEnumConstants())
			.map(constant -> Format.text(constant.name())).toList(), byDefault.name(), null, "FILE");
	}

	/** Every report format, written to a file or printed; Word, Excel and PDF need {@code --out}. */
	static OutputOptions reports(ReportFormat byDefault) {
		return new OutputOptions(Arrays.stream(ReportFormat.values())
			.map(f -> f.binary() ? Format.file(f.name(), f.extension()) : Format.text(f.name())).toList(),
				byDefault.name(), null, "FILE");
	}

	/** Every report format, for reports written into the folder {@code --out} (by default {@code folder}). */
	static OutputOptions reportsInto(ReportFormat byDefault, Path folder) {
		return new OutputOptions(Arrays.stream(ReportFormat.values()).map(f -> Format.text(f.name())).toList(),
				byDefault.name(), folder, "DIR");
	}

	/** Formats given one by one, the first the default. */
	static OutputOptions of(Format... formats) {
		return new OutputOptions(List.of(formats), formats[0].name(), null, "FILE");
	}

	/**
	 * Lists each command's formats in its help ({@code ${COMPLETION-CANDIDATES}}), and names what its {@code --out}
	 * takes: picocli reads an option's candidates and label from its annotation only, and these differ from command
	 * to command.
	 */
	static void listFormats(CommandLine root) {
		for (CommandLine command : root.getSubcommands().values()) {
			for (Object mixin : command.getMixins().values()) {
				if (mixin instanceof OutputOptions options) {
					CommandSpec spec = command.getCommandSpec();
					OptionSpec format = spec.findOption("--format");
					spec.remove(format);
					spec.addOption(OptionSpec.builder(format)
						.completionCandidates(options.accepted.stream().map(Format::name).toList())
						.build());
					OptionSpec out = spec.findOption("--out");
					spec.remove(out);
					spec.addOption(OptionSpec.builder(out).paramLabel(options.outLabel).build());
				}
			}
		}
	}

	/**
	 * The format asked for, as one of the command's own enum. A format not accepted, or a file format without
	 * {@code --out}, is a usage mistake: its message names the formats accepted, or the option to add.
	 */
	<F extends Enum<F>> F format(Class<F> type) {
		return Enum.valueOf(type, chosen().name());
	}

	/** The format of files written into a folder (every format is then a file): only an unknown one is a mistake. */
	<F extends Enum<F>> F formatOfFiles(Class<F> type) {
		return Enum.valueOf(type, known().name());
	}

	/** The format asked for, checked as {@link #format} says. */
	public Format chosen() {
		Format chosen = known();
		if (chosen.fileOnly().isPresent() && out == null) {
			throw new ParameterException(mixee.commandLine(),
					CliLanguage.say(mixee, "format.needsOut", chosen.name(), chosen.fileOnly().get()));
		}
		return chosen;
	}

	private Format known() {
		return accepted.stream().filter(f -> f.name().equals(format)).findFirst()
			.orElseThrow(() -> new ParameterException(mixee.commandLine(), CliLanguage.say(mixee, "format.unknown",
					format, accepted.stream().map(Format::name).toList())));
	}

	/** Where the result goes: {@code --out}, or the terminal when not given. */
	Optional<Path> out() {
		return Optional.ofNullable(out);
	}

	/**
	 * Prints {@code rendered} on the terminal, or writes it to {@code --out} and says so on the error output with
	 * {@code writtenKey} (its {@code %s} the file).
	 */
	void emit(String rendered, String writtenKey) throws IOException {
		if (out == null) {
			mixee.commandLine().getOut().print(rendered);
			mixee.commandLine().getOut().flush();
		}
		else {
			Files.writeString(out, rendered);
			mixee.commandLine().getErr().println(CliLanguage.say(mixee, writtenKey, out));
		}
	}

	/**
	 * Emits {@code document} as pretty-printed JSON with {@code --format json}, else what {@code text} prints: on the
	 * terminal, or in {@code --out}.
	 */
	public void print(Object document, Consumer<PrintWriter> text) throws IOException {
		if (chosen().name().equals("json")) {
			emit(JsonFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document)
					+ System.lineSeparator(), "output.written");
		}
		else {
			StringWriter printed = new StringWriter();
			try (PrintWriter writer = new PrintWriter(printed)) {
				text.accept(writer);
			}
			emit(printed.toString(), "output.written");
		}
	}

}
