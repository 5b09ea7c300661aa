package org.legadvisor.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class AdministratorsTest {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void encodesAPlainPasswordAndKeepsOnlyTheEncodedOne() {
		UserDetails admin = Administrators.of(new AdminProperties("admin", "s3cret plain", 5, Duration.ofMinutes(1)), encoder)
			.loadUserByUsername("admin");

		assertThat(admin.getPassword()).startsWith("{bcrypt}").doesNotContain("s3cret plain");
		assertThat(encoder.matches("s3cret plain", admin.getPassword())).isTrue();
		assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
	}

	@Test
	void takesAnEncodedPasswordAsItIs() {
		String encoded = "{bcrypt}" + new BCryptPasswordEncoder().encode("s3cret");

		UserDetails admin = Administrators.of(new AdminProperties("keeper", encoded, 5, Duration.ofMinutes(1)), encoder)
			.loadUserByUsername("keeper");

		assertThat(admin.getPassword()).isEqualTo(encoded);
		assertThat(encoder.matches("s3cret", admin.getPassword())).isTrue();
	}

	@Test
	void hasNoAdministratorWithoutAPassword() {
		for (String none : new String[] { null, "", "   " }) {
			UserDetailsService users = Administrators.of(new AdminProperties("admin", none, 5, Duration.ofMinutes(1)), encoder);

			assertThatThrownBy(() -> users.loadUserByUsername("admin")).isInstanceOf(UsernameNotFoundException.class);
		}
	}

	@Test
	void refusesToStartWithAPasswordInAnUnknownEncoding() {
		assertThatThrownBy(() -> Administrators.of(new AdminProperties("admin", "{rot13}frperg", 5, Duration.ofMinutes(1)), encoder))
			.isInstanceOf(InvalidConfigurationPropertyValueException.class)
			.hasMessageContaining("leg-advisor.admin.password")
			.hasMessageContaining("{rot13}")
			.hasMessageNotContaining("frperg");
	}

}
