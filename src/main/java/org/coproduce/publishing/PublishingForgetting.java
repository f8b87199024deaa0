package org.coproduce.publishing;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.personaldata.PersonRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An erased person's who's who entry and photo leave the public pages at once. Pages the coordinator wrote that name
 * them are listed in the dry run: erasing does not rewrite someone's words, so the coordinator changes those.
 */
@Component
@Order(Forgetting.BEFORE_THE_REGISTER)
class PublishingForgetting implements Forgetting {

    private final JdbcClient jdbc;

    PublishingForgetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Consequence> plan(long organisationId, long personId) {
        PersonRows rows = new PersonRows(jdbc, organisationId, personId);
        List<Consequence> plan = new ArrayList<>();
        if (rows.count("whos_who_entry", "person_id") > 0) {
            plan.add(Consequence.deleted("Their entry in who's who on the public pages, with their photo"));
        }
        for (String title : pagesNaming(organisationId, personId)) {
            plan.add(Consequence.kept("The public page \"" + title + "\" mentions them by name",
                    "Erasing does not change words you wrote. Change the page and publish it again, or take it down"));
        }
        return plan;
    }

    @Override
    public void erase(long organisationId, long personId) {
        new PersonRows(jdbc, organisationId, personId).delete("whos_who_entry", "person_id");
    }

    /** The titles of public pages whose version on show now has the person's full name in it. */
    private List<String> pagesNaming(long organisationId, long personId) {
        return jdbc.sql("""
                        select v.title
                          from public_page pg
                          join public_page_version v on v.page_id = pg.id and v.organisation_id = pg.organisation_id
                          join person p on p.organisation_id = pg.organisation_id and p.id = :personId
                         where pg.organisation_id = :organisationId and pg.unpublished_at is null
                           and v.version = (select max(version) from public_page_version l where l.page_id = pg.id)
                           and concat_ws(' ', v.title, v.description, v.body, v.easy_read, v.agreed_by) ilike '%' || p.full_name || '%'
                         order by v.title
                        """)
                .param("organisationId", organisationId).param("personId", personId)
                .query(String.class).list();
    }
}
