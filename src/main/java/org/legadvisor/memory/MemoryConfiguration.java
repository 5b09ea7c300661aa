package org.legadvisor.memory;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * The LEG's memory in the service: its repositories (Spring Data JDBC on the database of {@code spring.datasource.*},
 * by default an H2 file under {@code leg-advisor.data}; schema by Flyway), its services and its API
 * ({@code org.legadvisor.memory.web}), found by the service's component scan. Only {@code serve} starts it: the other
 * commands open no database.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories
public class MemoryConfiguration {

	/**
	 * Table and column names unquoted, as the migrations write them, so that H2 (upper case) and PostgreSQL (lower
	 * case) each fold them their own way; quoted, {@code "leg"} would not be found on H2.
	 */
	@Bean
	static BeanPostProcessor unquotedNames() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext mapping) {
					mapping.setForceQuote(false);
				}
				return bean;
			}
		};
	}

	/** Whole milliseconds: what H2 and PostgreSQL both keep of an instant, so that a round reads back as it was saved. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
	}

}
