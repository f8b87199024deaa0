package org.coproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coproduce.support.CoproduceTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Runs against whichever PostgreSQL the suite uses: the embedded one, or the server CI points it at. */
@CoproduceTest
class MigrationsTest {

    @Autowired Flyway flyway;
    @Autowired JdbcClient jdbc;

    @Test
    void everyMigrationHasRunAndNoneIsPending() {
        MigrationInfo[] applied = flyway.info().applied();

        assertThat(applied).isNotEmpty().allSatisfy(info -> assertThat(info.getState().isApplied()).isTrue());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void everyTableOfOrganisationDataCarriesItsOrganisation() {
        List<String> withoutOrganisation = jdbc.sql("""
                        select t.table_name from information_schema.tables t
                        where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                          and t.table_name not in ('organisation', 'account', 'sign_in_throttle', 'sign_in_client_throttle',
                                                   'email_link_request', 'one_time_tokens', 'spring_session',
                                                   'spring_session_attributes', 'flyway_schema_history',
                                                   -- Spring Modulith's, for follow-on work: each event names its organisation
                                                   'event_publication')
                          and not exists (select 1 from information_schema.columns c
                                          where c.table_schema = t.table_schema and c.table_name = t.table_name
                                            and c.column_name = 'organisation_id')
                        order by 1""")
                .query(String.class).list();

        assertThat(withoutOrganisation).isEmpty();
    }
}
