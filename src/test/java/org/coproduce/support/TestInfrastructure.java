package org.coproduce.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
class TestInfrastructure {

    /** A shared PostgreSQL server may hold an earlier run's data: start from nothing, through the real migrations. */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    @Bean
    Fixtures fixtures(org.coproduce.organisations.Organisations organisations, org.coproduce.people.Register register,
            org.coproduce.accounts.Enrolment enrolment) {
        return new Fixtures(organisations, register, enrolment);
    }
}
