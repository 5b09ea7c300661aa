package org.legadvisor.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class AdminPropertiesTest {

	@Test
	void bindsTheAdministratorFromTheEnvironmentVariables() {
		AdminProperties admin = bind(Map.of("LEG_ADVISOR_ADMIN_PASSWORD", "from-env", "LEG_ADVISOR_ADMIN_USERNAME", "keeper"));

		assertThat(admin.username()).isEqualTo("keeper");
		assertThat(admin.password()).isEqualTo("from-env");
	}

	@Test
	void bindsTheLimitOnFailedLoginsFromTheEnvironmentVariablesTheReadmeNames() {
		AdminProperties admin = bind(Map.of("LEG_ADVISOR_ADMIN_MAX_FAILED_LOGINS", "3",
				"LEG_ADVISOR_ADMIN_FAILED_LOGIN_WINDOW", "2m"));

		assertThat(admin.maxFailedLogins()).isEqualTo(3);
		assertThat(admin.failedLoginWindow()).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void defaultsToFiveFailedLoginsAMinute() {
		AdminProperties admin = bind(Map.of());

		assertThat(admin.maxFailedLogins()).isEqualTo(5);
		assertThat(admin.failedLoginWindow()).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void defaultsToUserAdminWithoutAPassword() {
		AdminProperties admin = bind(Map.of());

		assertThat(admin.username()).isEqualTo("admin");
		assertThat(admin.passwordSet()).isFalse();
	}

	@Test
	void neverPrintsThePassword() {
		assertThat(new AdminProperties("admin", "s3cret", 5, Duration.ofMinutes(1)).toString()).contains("admin").doesNotContain("s3cret");
	}

	@Test
	void shipsNoAdministratorPasswordInTheApplicationsConfiguration() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(Path.of("src/main/resources"))) {
			files = walk.filter(f -> f.toString().matches(".*\\.(properties|ya?ml)$")).toList();
		}
		assertThat(files).contains(Path.of("src/main/resources/application.properties"));
		for (Path file : files) {
			if (file.toString().endsWith(".properties")) {
				Properties properties = new Properties();
				try (Reader reader = Files.newBufferedReader(file)) {
					properties.load(reader);
				}
				// Relaxed binding reads leg-advisor.admin.password, legAdvisor.admin.password, ... alike.
				assertThat(properties.stringPropertyNames()).as(file.toString())
					.noneMatch(key -> key.replaceAll("[-_]", "").equalsIgnoreCase("legadvisor.admin.password"));
			}
			else {
				assertThat(Files.readString(file)).as(file.toString()).doesNotContainIgnoringCase("password");
			}
		}
	}

	private static AdminProperties bind(Map<String, Object> environment) {
		StandardEnvironment spring = new StandardEnvironment();
		spring.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						environment));
		spring.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		return new Binder(ConfigurationPropertySources.from(spring.getPropertySources()))
			.bindOrCreate("leg-advisor.admin", AdminProperties.class);
	}

}
