package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessFolderTest {

	private static final Path EXAMPLES = Path.of("knowledge-base/examples");

	@Test
	void writesAReportPerFileAndAPortfolioAndSkipsAFileThatFailsWithoutStoppingTheBatch(@TempDir Path dir)
			throws Exception {
		Path in = Files.createDirectory(dir.resolve("legs"));
		for (String name : List.of("donor-chaired-no-tor", "token-civil-society", "established-leg")) {
			Files.copy(EXAMPLES.resolve(name + ".json"), in.resolve(name + ".json"));
		}
		Files.writeString(in.resolve("broken.json"), "{ \"questionnaireVersion\": \"1.0\", ");
		Path out = dir.resolve("reports");

		CliRun run = CliRun.of("assess", in.toString(), "--format", "markdown", "--out", out.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains(in.resolve("broken.json") + ": ").contains("3 report(s)").contains("1 not assessed")
			.doesNotContain("[####");
		assertThat(out.resolve("donor-chaired-no-tor.md")).content().startsWith("# LEG Advisor report: ");
		assertThat(out.resolve("established-leg.md")).exists();
		String csv = Files.readString(out.resolve("portfolio.csv"));
		assertThat(csv).startsWith("kind,title,legs,of_legs")
			.contains("action,Write and agree terms of reference for the LEG,1,3");
		assertThat(csv.lines().filter(l -> l.startsWith("challenge,"))).hasSize(8).allMatch(l -> l.endsWith(",3"));
		String md = Files.readString(out.resolve("portfolio.md"));
		assertThat(md).contains("3 LEG(s) assessed; 1 could not be assessed.").contains("## Most frequent findings")
			.contains("broken.json").doesNotContain("| C1 ");
	}

	@Test
	void countsAChallengeOncePerLegThatShowsIt(@TempDir Path dir) throws Exception {
		Path in = Files.createDirectory(dir.resolve("legs"));
		Files.copy(EXAMPLES.resolve("donor-chaired-no-tor.json"), in.resolve("a.json"));
		Files.copy(EXAMPLES.resolve("established-leg.json"), in.resolve("b.json"));

		CliRun run = CliRun.of("assess", in.toString(), "--out", dir.resolve("out").toString());

		assertThat(run.exitCode()).isZero();
		List<String> challenges = Files.readAllLines(dir.resolve("out/portfolio.csv")).stream()
			.filter(l -> l.startsWith("challenge,")).toList();
		assertThat(challenges).allMatch(l -> l.endsWith(",0,2") || l.endsWith(",1,2")).anyMatch(l -> l.endsWith(",1,2"));
		assertThat(dir.resolve("out/a.txt")).exists();
	}

	@Test
	void aFolderWithoutAnswersFilesIsSaidInOneLine(@TempDir Path dir) {
		CliRun run = CliRun.of("assess", dir.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("no answers file (*.json) in this folder");
	}

}
