package org.coproduce.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Signed-in sessions in PostgreSQL. Two requests of one session can save the same attribute at once (two tabs, a
 * double click, the writing check asking for its part of the page while a form is sent), both as new: the second
 * insert would break the primary key and the person would see an error for work that was saved. Saving with
 * "insert, or update if it is there" makes the last one win, as it would in memory.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer attributesSavedWithUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
