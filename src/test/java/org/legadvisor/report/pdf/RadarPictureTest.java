package org.legadvisor.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.report.Report;
import org.legadvisor.report.ReportBuilder;

/** The radar drawn as a PNG: the chart's proportions, on white, with the shaded area of the scores in it. */
class RadarPictureTest {

	private static AdvisorFixture fixture;

	private static Report report;

	@BeforeAll
	static void assess() throws Exception {
		fixture = new AdvisorFixture();
		report = new ReportBuilder(fixture.advisor().questionnaire(), fixture.advisor().knowledge())
			.build(fixture.assess(AdvisorFixture.profile("donor-chaired-no-tor")));
	}

	@AfterAll
	static void close() {
		fixture.close();
	}

	@Test
	void drawsTheRadarAtTheWidthAskedInTheChartsProportionsWithItsShadedArea() throws Exception {
		RadarPicture.Png picture = new RadarPicture().png(report, 1080).orElseThrow();
		byte[] png = picture.bytes();
		String keep = System.getProperty("leg-advisor.radar-picture");
		if (keep != null) {
			Files.write(Path.of(keep), png);
		}
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1080).isEqualTo(picture.width());
		assertThat(image.getHeight()).isEqualTo(840).isEqualTo(picture.height());
		assertThat(image.getRGB(2, 2) & 0xffffff).isEqualTo(0xffffff);
		// The outline of the scores' area and their points are the accent blue (the chart's styles reached the
		// picture: without them Batik draws black); the grid and the labels are grey or black.
		int blue = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				int rgb = image.getRGB(x, y);
				blue += (rgb & 0xff) - ((rgb >> 16) & 0xff) > 80 ? 1 : 0;
			}
		}
		assertThat(blue).isGreaterThan(1000);
	}

}
