package org.coproduce.groups;

import java.sql.Date;
import java.util.List;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.web.Dates;
import org.coproduce.web.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The groups' part of someone's copy of their information: every spell in a group, their induction, and champion work. */
@Component
class GroupsPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final ChampionRepository champions;
    private final Labels labels;

    GroupsPersonalData(JdbcClient jdbc, ChampionRepository champions, Labels labels) {
        this.jdbc = jdbc;
        this.champions = champions;
        this.labels = labels;
    }

    @Override
    public Part about(long organisationId, long personId) {
        List<List<String>> champion = champions.recordsOf(organisationId, List.of(personId)).stream()
                .map(record -> List.of(labels.of(record.kind()), record.what(), Dates.date(record.happenedOn())))
                .toList();
        return Part.of("Your groups",
                "The boards and groups you have been in, in which role and for how long, the induction you have done, "
                        + "and your work as a champion. We keep this so that groups can show who took part in their decisions, "
                        + "and so that you can be thanked and paid for your part.",
                new Table("Groups you are in or were in", List.of("Group", "Role", "Joined", "Term ends", "Left"), spells(organisationId, personId)),
                new Table("Your induction", List.of("Group", "Step", "Done on"), induction(organisationId, personId)),
                new Table("Your work as a champion", List.of("What", "Details", "When"), champion));
    }

    /** Every spell, a new one each time their role changed, the current ones first. */
    private List<List<String>> spells(long organisationId, long personId) {
        return jdbc.sql("""
                        select g.name, m.role, m.joined_on, m.term_ends_on, m.left_on
                        from group_member m
                        join coproduction_group g on g.id = m.group_id and g.organisation_id = m.organisation_id
                        where m.organisation_id = :organisationId and m.person_id = :personId
                        order by m.left_on desc nulls first, m.joined_on desc, m.id desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> List.of(rs.getString("name"), labels.of(MemberRole.valueOf(rs.getString("role"))),
                        date(rs.getDate("joined_on")), date(rs.getDate("term_ends_on")), date(rs.getDate("left_on"))))
                .list();
    }

    /**
     * Each step they have done, in any spell, and the steps still to do in the groups they are in now. A tick is
     * copied to the new spell when someone changes role, so each step is listed once.
     */
    private List<List<String>> induction(long organisationId, long personId) {
        return jdbc.sql("""
                        select g.name, i.text, min(t.done_on) as done_on
                        from group_member m
                        join coproduction_group g on g.id = m.group_id and g.organisation_id = m.organisation_id
                        join induction_item i on i.group_id = m.group_id and i.organisation_id = m.organisation_id
                        left join induction_tick t on t.member_id = m.id and t.item_id = i.id
                        where m.organisation_id = :organisationId and m.person_id = :personId
                          and (t.item_id is not null or (m.left_on is null and i.removed_at is null))
                        group by g.id, g.name, i.id, i.position, i.text
                        order by lower(g.name), g.id, i.position, i.id""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> List.of(rs.getString("name"), rs.getString("text"),
                        rs.getDate("done_on") == null ? "Not yet" : date(rs.getDate("done_on"))))
                .list();
    }

    private static String date(Date date) {
        return date == null ? "" : Dates.date(date.toLocalDate());
    }
}
