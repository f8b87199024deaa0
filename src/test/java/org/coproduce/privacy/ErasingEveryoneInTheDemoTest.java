package org.coproduce.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Erasure against everything the demo holds about people: every kind of record in every module, as a real
 * organisation would have it. It runs on the demo data in a context of its own, as it erases nearly everyone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=embedded", "coproduce.embedded-database.directory=", "coproduce.test.erasing-everyone=true"})
@ActiveProfiles({"test", "demo"})
class ErasingEveryoneInTheDemoTest {

    @Autowired Erasure erasure;
    @Autowired SubjectAccess subjectAccess;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void everyoneButTheCoordinatorCanBeErasedAndThenNoPublicListNamesThemWhileTheMoneyStillAddsUp() {
        long northshire = jdbc.sql("select id from organisation where slug = 'northshire'").query(Long.class).single();
        CurrentUser priya = jdbc.sql("""
                        select a.id as account_id, a.email, p.id as person_id from account a
                          join membership m on m.account_id = a.id join person p on p.id = m.person_id
                         where a.email = 'priya.shah@northshire.example' and m.organisation_id = :org
                        """).param("org", northshire)
                .query((row, n) -> new CurrentUser(row.getLong("account_id"), row.getString("email"), northshire, "Northshire",
                        row.getLong("person_id"), "Priya", Set.of(Role.COORDINATOR), false, null)).single();
        List<String> names = jdbc.sql("select full_name from person where organisation_id = :org and id <> :priya")
                .param("org", northshire).param("priya", priya.personId()).query(String.class).list();
        long paidBefore = paidPence(northshire);
        Visitor reader = new Visitor(port);
        String whosWhoBefore = reader.get("/public/northshire/whos-who").body();
        assertThat(whosWhoBefore).contains("Jamie Lee");

        long jamie = jdbc.sql("select id from person where organisation_id = :org and full_name = 'Jamie Lee'").param("org", northshire)
                .query(Long.class).single();
        assertThat(erasure.plan(northshire, jamie)).filteredOn(c -> c.fate() == Forgetting.Fate.KEPT)
                .extracting(Forgetting.Consequence::what).anyMatch(what -> what.contains("mentions them by name"));

        for (long person : jdbc.sql("select id from person where organisation_id = :org and id <> :priya")
                .param("org", northshire).param("priya", priya.personId()).query(Long.class).list()) {
            assertThat(subjectAccess.parts(northshire, person)).as("everyone's copy can be made first").isNotEmpty();
            assertThat(erasure.plan(northshire, person)).isNotEmpty();
            erasure.erase(priya, person, LocalDate.now(), "They asked us to");
        }

        assertThat(jdbc.sql("select count(*) from person where organisation_id = :org and erased_at is not null").param("org", northshire)
                .query(Integer.class).single()).isEqualTo(names.size());
        assertThat(paidPence(northshire)).as("payments are kept").isEqualTo(paidBefore);
        // Pages the coordinator wrote keep their words: the dry run lists those that name the person, to be changed by hand.
        for (String page : List.of("/public/northshire/whos-who", "/public/northshire/stories",
                "/public/northshire/champions", "/public/northshire/you-said-we-did")) {
            Visitor.Page shown = reader.get(page);
            assertThat(shown.status()).as(page).isEqualTo(200);
            for (String name : names) {
                assertThat(shown.body()).as(page).doesNotContain(name);
            }
        }
        assertThat(jdbc.sql("select count(*) from story s join person p on p.id = s.person_id where p.organisation_id = :org and p.erased_at is not null")
                .param("org", northshire).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from erasure where organisation_id = :org").param("org", northshire)
                .query(Integer.class).single()).isEqualTo(names.size());
    }

    private long paidPence(long organisationId) {
        return jdbc.sql("select coalesce(sum(amount_pence), 0) from ledger_entry where organisation_id = :org")
                .param("org", organisationId).query(Long.class).single();
    }
}
