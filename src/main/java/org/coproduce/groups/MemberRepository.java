package org.coproduce.groups;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MemberRepository {

    private static final String SELECT = """
            select m.id, m.person_id, coalesce(p.known_as, p.full_name) as name, m.role, m.joined_on, m.term_ends_on,
                   m.left_on,
                   exists (select 1 from person_role r where r.person_id = m.person_id
                           and r.role in ('LIVED_EXPERIENCE', 'FAMILY_CARER')) as lived_experience,
                   (select count(*) from induction_tick t join induction_item i on i.id = t.item_id
                    where t.member_id = m.id and i.removed_at is null) as induction_done,
                   (select count(*) from induction_item i where i.group_id = m.group_id and i.removed_at is null) as induction_total
            from group_member m
            join person p on p.id = m.person_id and p.organisation_id = m.organisation_id
            """;

    private final JdbcClient jdbc;

    MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone who is in the group now, co-chairs first. */
    List<Member> current(long organisationId, long groupId) {
        return jdbc.sql(SELECT + """
                         where m.organisation_id = :organisationId and m.group_id = :groupId and m.left_on is null
                         order by case m.role when 'CO_CHAIR' then 0 when 'MEMBER' then 1 when 'ADVISER' then 2 else 3 end, lower(p.full_name)""")
                .param("organisationId", organisationId)
                .param("groupId", groupId)
                .query(MemberRepository::map).list();
    }

    /**
     * Who was in the group on a day, one spell per person (the later one when they changed role that day). Someone
     * who left that day was still there for its meeting.
     */
    List<Member> onDate(long organisationId, long groupId, LocalDate day) {
        return jdbc.sql(SELECT + """
                         where m.organisation_id = :organisationId and m.group_id = :groupId
                           and m.joined_on <= :day and (m.left_on is null or m.left_on >= :day)
                           and not exists (select 1 from group_member later
                                           where later.group_id = m.group_id and later.person_id = m.person_id
                                             and later.joined_on <= :day and (later.left_on is null or later.left_on >= :day)
                                             and later.id > m.id)
                         order by case m.role when 'CO_CHAIR' then 0 when 'MEMBER' then 1 when 'ADVISER' then 2 else 3 end, lower(p.full_name)""")
                .param("organisationId", organisationId)
                .param("groupId", groupId)
                .param("day", day)
                .query(MemberRepository::map).list();
    }

    /** Spells that have ended, newest first: the history of the group. */
    List<Member> past(long organisationId, long groupId) {
        return jdbc.sql(SELECT + """
                         where m.organisation_id = :organisationId and m.group_id = :groupId and m.left_on is not null
                         order by m.left_on desc, m.id desc""")
                .param("organisationId", organisationId)
                .param("groupId", groupId)
                .query(MemberRepository::map).list();
    }

    Optional<Member> find(long organisationId, long groupId, long memberId) {
        return jdbc.sql(SELECT + " where m.organisation_id = :organisationId and m.group_id = :groupId and m.id = :id")
                .param("organisationId", organisationId)
                .param("groupId", groupId)
                .param("id", memberId)
                .query(MemberRepository::map).optional();
    }

    /** The groups a person is in now, with their role, for their profile. */
    List<PersonInGroup> groupsOf(long organisationId, long personId) {
        return jdbc.sql("""
                        select g.id, g.name, m.role, m.joined_on, m.term_ends_on from group_member m
                        join coproduction_group g on g.id = m.group_id
                        where m.organisation_id = :organisationId and m.person_id = :personId and m.left_on is null
                          and g.archived_at is null
                        order by lower(g.name)""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> new PersonInGroup(rs.getLong("id"), rs.getString("name"), MemberRole.valueOf(rs.getString("role")),
                        rs.getDate("joined_on").toLocalDate(), date(rs.getDate("term_ends_on"))))
                .list();
    }

    record PersonInGroup(long groupId, String groupName, MemberRole role, LocalDate joinedOn, LocalDate termEndsOn) {
    }

    long add(long organisationId, long groupId, long personId, MemberRole role, LocalDate joinedOn, LocalDate termEndsOn) {
        return jdbc.sql("""
                        insert into group_member (organisation_id, group_id, person_id, role, joined_on, term_ends_on)
                        values (:organisationId, :groupId, :personId, :role, :joinedOn, :termEndsOn)
                        returning id""")
                .param("organisationId", organisationId)
                .param("groupId", groupId)
                .param("personId", personId)
                .param("role", role.name())
                .param("joinedOn", joinedOn)
                .param("termEndsOn", termEndsOn)
                .query(Long.class).single();
    }

    /** The day the person last left the group, or null when they never have. */
    LocalDate lastLeft(long organisationId, long groupId, long personId) {
        return jdbc.sql("""
                        select max(left_on) from group_member
                        where organisation_id = :organisationId and group_id = :groupId and person_id = :personId""")
                .param("organisationId", organisationId)
                .param("groupId", groupId)
                .param("personId", personId)
                .query(LocalDate.class).optional().orElse(null);
    }

    /** Ends a spell in a role. The row stays: it is the group's history. */
    void close(long organisationId, long memberId, LocalDate leftOn) {
        jdbc.sql("update group_member set left_on = :leftOn where organisation_id = :organisationId and id = :id and left_on is null")
                .param("leftOn", leftOn)
                .param("organisationId", organisationId)
                .param("id", memberId)
                .update();
    }

    List<InductionItem> induction(long organisationId, long groupId) {
        return jdbc.sql("""
                        select id, text from induction_item
                        where organisation_id = :organisationId and group_id = :groupId and removed_at is null
                        order by position, id""")
                .param("organisationId", organisationId)
                .param("groupId", groupId)
                .query(InductionItem.class).list();
    }

    void addInductionItem(long organisationId, long groupId, String text) {
        jdbc.sql("""
                        insert into induction_item (organisation_id, group_id, position, text)
                        values (:organisationId, :groupId,
                                (select coalesce(max(position), 0) + 1 from induction_item where group_id = :groupId), :text)""")
                .param("organisationId", organisationId)
                .param("groupId", groupId)
                .param("text", text)
                .update();
    }

    void removeInductionItem(long organisationId, long groupId, long itemId) {
        jdbc.sql("update induction_item set removed_at = now() where organisation_id = :organisationId and group_id = :groupId and id = :id")
                .param("organisationId", organisationId)
                .param("groupId", groupId)
                .param("id", itemId)
                .update();
    }

    List<Long> ticked(long organisationId, long memberId) {
        return jdbc.sql("select item_id from induction_tick where organisation_id = :organisationId and member_id = :memberId")
                .param("organisationId", organisationId)
                .param("memberId", memberId)
                .query(Long.class).list();
    }

    /** Sets which items are done for a member; items ticked before keep the day they were ticked. */
    void setTicked(long organisationId, long memberId, List<Long> itemIds, long recordedBy) {
        String keep = itemIds.isEmpty() ? "" : " and item_id not in (:items)";
        var delete = jdbc.sql("delete from induction_tick where organisation_id = :organisationId and member_id = :memberId" + keep)
                .param("organisationId", organisationId)
                .param("memberId", memberId);
        if (!itemIds.isEmpty()) {
            delete = delete.param("items", itemIds);
        }
        delete.update();
        for (long item : itemIds) {
            jdbc.sql("""
                            insert into induction_tick (member_id, item_id, organisation_id, done_on, recorded_by_person_id)
                            values (:memberId, :itemId, :organisationId, current_date, :recordedBy)
                            on conflict do nothing""")
                    .param("memberId", memberId)
                    .param("itemId", item)
                    .param("organisationId", organisationId)
                    .param("recordedBy", recordedBy)
                    .update();
        }
    }

    /** A member who changes role keeps the induction they have done. */
    void copyTicks(long organisationId, long fromMemberId, long toMemberId) {
        jdbc.sql("""
                        insert into induction_tick (member_id, item_id, organisation_id, done_on, recorded_by_person_id)
                        select :toMemberId, item_id, organisation_id, done_on, recorded_by_person_id from induction_tick
                        where organisation_id = :organisationId and member_id = :fromMemberId""")
                .param("toMemberId", toMemberId)
                .param("organisationId", organisationId)
                .param("fromMemberId", fromMemberId)
                .update();
    }

    private static Member map(ResultSet rs, int row) throws SQLException {
        return new Member(
                rs.getLong("id"),
                rs.getLong("person_id"),
                rs.getString("name"),
                MemberRole.valueOf(rs.getString("role")),
                rs.getDate("joined_on").toLocalDate(),
                date(rs.getDate("term_ends_on")),
                date(rs.getDate("left_on")),
                rs.getBoolean("lived_experience"),
                rs.getInt("induction_done"),
                rs.getInt("induction_total"));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
