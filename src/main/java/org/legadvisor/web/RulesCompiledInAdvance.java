package org.legadvisor.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.legadvisor.authoring.check.RuleValidator;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.engine.RuleCompilationException;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The rules of the service, compiling on a thread of their own from before Spring starts: the compile and Spring's
 * start-up each take seconds, and on two cores they can run side by side. {@code serve} starts it and hands it to
 * the application context; without it (in tests, say) the rules are compiled when their bean is made.
 */
public final class RulesCompiledInAdvance implements ApplicationContextInitializer<GenericApplicationContext> {

	private final Path folder;

	private final CompletableFuture<LiveRuleBase> rules;

	private RulesCompiledInAdvance(Path folder, CompletableFuture<LiveRuleBase> rules) {
		this.folder = folder;
		this.rules = rules;
	}

	/** Starts compiling the rules of this folder, checked against this knowledge base as {@code validate} does. */
	public static RulesCompiledInAdvance start(Path rules, Path knowledgeBase) {
		Path folder = rules.toAbsolutePath();
		return new RulesCompiledInAdvance(folder, CompletableFuture.supplyAsync(() -> {
			try {
				return LiveRuleBase.load(folder, new RuleBaseCompiler(),
						RuleValidator.forKnowledgeBase(knowledgeBase).asReloadGate());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			catch (RuleCompilationException e) {
				throw new CompletionException(e);
			}
		}));
	}

	@Override
	public void initialize(GenericApplicationContext context) {
		context.registerBean(RulesCompiledInAdvance.class, () -> this);
	}

	/** The compiled rules if they come from this folder, once the compile has ended; empty for another folder. */
	Optional<LiveRuleBase> await(Path expectedFolder) throws IOException, RuleCompilationException {
		if (!folder.equals(expectedFolder.toAbsolutePath())) {
			return Optional.empty();
		}
		try {
			return Optional.of(rules.join());
		}
		catch (CompletionException e) {
			if (e.getCause() instanceof RuleCompilationException refused) {
				throw refused;
			}
			if (e.getCause() instanceof UncheckedIOException io) {
				throw io.getCause();
			}
			throw e;
		}
	}

}
