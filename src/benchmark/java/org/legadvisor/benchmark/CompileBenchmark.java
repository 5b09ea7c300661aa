package org.legadvisor.benchmark;

import java.util.concurrent.TimeUnit;

import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.engine.RuleBase;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.engine.RuleSources;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Compiling the shipped rules folder into a rule base, as a reload of the service does. In single-shot mode the
 * first iteration of each fork is the cold compile of a fresh JVM; later ones are warm rebuilds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompileBenchmark {

	private final RuleBaseCompiler compiler = new RuleBaseCompiler();

	private RuleSources sources;

	@Setup(Level.Trial)
	public void readRules() throws Exception {
		sources = RuleSources.read(AdvisorFixture.RULES);
	}

	@Benchmark
	public String compileRules() throws Exception {
		try (RuleBase rules = compiler.compile(sources)) {
			return rules.version().contentHash();
		}
	}

}
