package org.legadvisor.engine;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles every {@code .drl} file of a rules folder on disk into a {@link RuleBase}. DRL is compiled at
 * run time so that policy staff can edit rules without rebuilding the application.
 */
public final class RuleBaseCompiler {

	/** Rule files must declare this package; they are stored under its folder so that Drools does not warn. */
	public static final String RULE_PACKAGE = "org.legadvisor.rules";

	private static final String PACKAGE_FOLDER = RULE_PACKAGE.replace('.', '/') + "/";

	private static final String RESOURCE_ROOT = "src/main/resources/" + PACKAGE_FOLDER;

	private final KieServices kie = KieServices.get();

	private final AtomicLong builds = new AtomicLong();

	private final Clock clock;

	private final RuleLimits limits;

	/**
	 * A compiler whose rule bases have the limits configured ({@link RuleLimits#configured()}).
	 *
	 * @throws RuleLimits.InvalidRuleLimitException if a configured limit is not valid
	 */
	public RuleBaseCompiler() {
		this(Clock.systemUTC(), RuleLimits.configured());
	}

	public RuleBaseCompiler(Clock clock) {
		this(clock, RuleLimits.configured());
	}

	public RuleBaseCompiler(RuleLimits limits) {
		this(Clock.systemUTC(), limits);
	}

	/** A compiler whose rule bases stamp their version with this clock and run each session within these limits. */
	public RuleBaseCompiler(Clock clock, RuleLimits limits) {
		this.clock = clock;
		this.limits = limits;
	}

	public RuleLimits limits() {
		return limits;
	}

	Clock clock() {
		return clock;
	}

	public RuleBase compile(java.nio.file.Path rulesFolder) throws IOException, RuleCompilationException {
		return compile(RuleSources.read(rulesFolder));
	}

	public RuleBase compile(RuleSources sources) throws RuleCompilationException {
		if (sources.files().isEmpty()) {
			throw new RuleCompilationException(List.of(new RuleProblem(RuleProblem.Level.ERROR,
					sources.folder().toString(), 0, 0, "no .drl files in the rules folder")));
		}
		String hash = sources.contentHash();
		// Each build gets its own release id so that an old and a new rule base can live side by side during reload.
		ReleaseId releaseId = kie.newReleaseId("org.legadvisor", "rules", hash + "-" + builds.incrementAndGet());
		KieBuilder builder = kie.newKieBuilder(fileSystem(sources, releaseId)).buildAll(DrlProject.class);
		List<RuleProblem> problems = withoutFollowOns(
				builder.getResults().getMessages().stream().map(RuleBaseCompiler::toProblem).toList());
		if (problems.stream().anyMatch(p -> p.level() == RuleProblem.Level.ERROR)) {
			kie.getRepository().removeKieModule(releaseId);
			throw new RuleCompilationException(problems);
		}
		KieContainer container = kie.newKieContainer(releaseId);
		return new RuleBase(container, releaseId, new RuleBaseVersion(hash, clock.instant()), problems, limits);
	}

	private KieFileSystem fileSystem(RuleSources sources, ReleaseId releaseId) {
		KieFileSystem files = kie.newKieFileSystem();
		files.generateAndWritePomXML(releaseId);
		for (RuleSources.RuleFile file : sources.files()) {
			files.write(RESOURCE_ROOT + file.path(), file.text());
		}
		return files;
	}

	/**
	 * After a syntax error Drools adds "Parser returned a null Package" at line 0 of the same file; it says nothing
	 * the first error does not, so it is dropped when the file has another error.
	 */
	private static List<RuleProblem> withoutFollowOns(List<RuleProblem> problems) {
		return problems.stream()
			.filter(p -> !(p.line() == 0 && p.message().startsWith("Parser returned a null Package")
					&& problems.stream().anyMatch(other -> other != p && other.file().equals(p.file()))))
			.toList();
	}

	private static RuleProblem toProblem(Message message) {
		RuleProblem.Level level = message.getLevel() == Message.Level.ERROR ? RuleProblem.Level.ERROR
				: RuleProblem.Level.WARNING;
		String path = message.getPath() == null ? "" : message.getPath();
		int folder = path.indexOf(PACKAGE_FOLDER);
		String file = folder < 0 ? path : path.substring(folder + PACKAGE_FOLDER.length());
		return new RuleProblem(level, file, Math.max(message.getLine(), 0), Math.max(message.getColumn(), 0),
				message.getText().strip());
	}

}
