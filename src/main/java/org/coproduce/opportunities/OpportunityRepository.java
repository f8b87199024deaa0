package org.coproduce.opportunities;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduce.people.InvolvementRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OpportunityRepository {

    private static final String OPPORTUNITY = """
            select id, title, what, who_for, time_needed, pay, support, closes_on, created_at, closed_at, published_at,
                   updated_at
              from opportunity
            """;
    private static final String INTEREST = """
            select id, opportunity_id, name, email, phone, postal_address, contact_by, support_needed, describes_them,
                   received_at, choice, person_id
              from expression_of_interest
            """;

    private final JdbcClient jdbc;

    OpportunityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long organisationId, OpportunityForm form) {
        return jdbc.sql("""
                        insert into opportunity (organisation_id, title, what, who_for, time_needed, pay, support, closes_on)
                        values (:organisationId, :title, :what, :whoFor, :timeNeeded, :pay, :support, :closesOn)
                        returning id""")
                .param("organisationId", organisationId)
                .params(fields(form))
                .query(Long.class).single();
    }

    void update(long organisationId, long id, OpportunityForm form) {
        jdbc.sql("""
                        update opportunity
                           set title = :title, what = :what, who_for = :whoFor, time_needed = :timeNeeded, pay = :pay,
                               support = :support, closes_on = :closesOn, updated_at = now()
                         where organisation_id = :organisationId and id = :id""")
                .param("organisationId", organisationId)
                .param("id", id)
                .params(fields(form))
                .update();
    }

    /**
     * Publishes a draft; true if this call published it, false if it already was or was changed since.
     *
     * @param previewed when the draft the coordinator previewed was last changed, in milliseconds; null to publish it
     *                  as it is
     */
    boolean publish(long organisationId, long id, Long previewed) {
        return jdbc.sql("""
                        update opportunity set published_at = now()
                         where organisation_id = :organisationId and id = :id and published_at is null
                           and (cast(:previewed as bigint) is null or floor(extract(epoch from updated_at) * 1000) = :previewed)""")
                .param("organisationId", organisationId)
                .param("id", id)
                .param("previewed", previewed)
                .update() == 1;
    }

    /** Deletes a draft; never one that was published, which people may have answered. */
    boolean deleteDraft(long organisationId, long id) {
        return jdbc.sql("delete from opportunity where organisation_id = :organisationId and id = :id and published_at is null")
                .param("organisationId", organisationId)
                .param("id", id)
                .update() == 1;
    }

    void close(long organisationId, long id) {
        jdbc.sql("update opportunity set closed_at = now() where organisation_id = :organisationId and id = :id and closed_at is null")
                .param("organisationId", organisationId)
                .param("id", id)
                .update();
    }

    void reopen(long organisationId, long id) {
        jdbc.sql("update opportunity set closed_at = null where organisation_id = :organisationId and id = :id")
                .param("organisationId", organisationId)
                .param("id", id)
                .update();
    }

    Optional<Opportunity> find(long organisationId, long id) {
        return jdbc.sql(OPPORTUNITY + " where organisation_id = :organisationId and id = :id")
                .param("organisationId", organisationId)
                .param("id", id)
                .query(Opportunity.class).optional();
    }

    /** All of them: drafts first, then those still open, then by closing date. */
    List<Opportunity> all(long organisationId) {
        return jdbc.sql(OPPORTUNITY + """
                         where organisation_id = :organisationId
                         order by published_at is not null, closed_at is not null, closes_on < current_date, closes_on, id""")
                .param("organisationId", organisationId)
                .query(Opportunity.class).list();
    }

    List<Opportunity> open(long organisationId, LocalDate today) {
        return jdbc.sql(OPPORTUNITY + """
                         where organisation_id = :organisationId and published_at is not null and closed_at is null
                           and closes_on >= :today
                         order by closes_on, id""")
                .param("organisationId", organisationId)
                .param("today", today)
                .query(Opportunity.class).list();
    }

    long addInterest(long organisationId, long opportunityId, InterestForm form) {
        return jdbc.sql("""
                        insert into expression_of_interest (organisation_id, opportunity_id, name, email, phone,
                                                            postal_address, contact_by, support_needed, describes_them)
                        values (:organisationId, :opportunityId, :name, :email, :phone, :postalAddress, :contactBy,
                                :supportNeeded, string_to_array(:describesThem, ','))
                        returning id""")
                .param("organisationId", organisationId)
                .param("opportunityId", opportunityId)
                .param("name", form.name())
                .param("email", form.keptEmail())
                .param("phone", form.keptPhone())
                .param("postalAddress", form.keptAddress())
                .param("contactBy", form.contact().name())
                .param("supportNeeded", form.supportNeeded())
                .param("describesThem", String.join(",", form.roles().stream().map(Enum::name).toList()))
                .query(Long.class).single();
    }

    List<Interest> interests(long organisationId, long opportunityId) {
        return jdbc.sql(INTEREST + " where organisation_id = :organisationId and opportunity_id = :opportunityId order by received_at, id")
                .param("organisationId", organisationId)
                .param("opportunityId", opportunityId)
                .query(OpportunityRepository::interest).list();
    }

    /**
     * What a person in the register said on "get involved" forms: the forms linked to them, and the forms not linked to
     * anyone yet that were sent with their email address.
     */
    List<Interest> interestsOf(long organisationId, long personId) {
        return jdbc.sql(INTEREST + """
                         where organisation_id = :organisationId
                           and (person_id = :personId
                                or (person_id is null and lower(email) = (select lower(p.email) from person p
                                                                          where p.organisation_id = :organisationId and p.id = :personId)))
                         order by received_at desc, id desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query(OpportunityRepository::interest).list();
    }

    Optional<Interest> interest(long organisationId, long opportunityId, long interestId) {
        return jdbc.sql(INTEREST + " where organisation_id = :organisationId and opportunity_id = :opportunityId and id = :id")
                .param("organisationId", organisationId)
                .param("opportunityId", opportunityId)
                .param("id", interestId)
                .query(OpportunityRepository::interest).optional();
    }

    /** How many people said they are interested in each opportunity. */
    Map<Long, Integer> interestCounts(long organisationId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("select opportunity_id, count(*) as n from expression_of_interest where organisation_id = :organisationId group by opportunity_id")
                .param("organisationId", organisationId)
                .query((rs, row) -> counts.put(rs.getLong("opportunity_id"), rs.getInt("n")))
                .list();
        return counts;
    }

    void choose(long organisationId, long interestId, Interest.Choice choice) {
        jdbc.sql("""
                        update expression_of_interest set choice = :choice, chosen_at = now()
                         where organisation_id = :organisationId and id = :id""")
                .param("choice", choice == null ? null : choice.name())
                .param("organisationId", organisationId)
                .param("id", interestId)
                .update();
    }

    /** Links the interest to the person it became, unless it already became someone. */
    boolean linkPerson(long organisationId, long interestId, long personId) {
        return jdbc.sql("""
                        update expression_of_interest set person_id = :personId
                         where organisation_id = :organisationId and id = :id and person_id is null""")
                .param("personId", personId)
                .param("organisationId", organisationId)
                .param("id", interestId)
                .update() == 1;
    }

    private static Map<String, Object> fields(OpportunityForm form) {
        return Map.of("title", form.title(), "what", form.what(), "whoFor", form.whoFor(),
                "timeNeeded", form.timeNeeded(), "pay", form.pay(), "support", form.support(), "closesOn", form.closesOn().date());
    }

    private static Interest interest(ResultSet rs, int row) throws SQLException {
        Set<InvolvementRole> roles = EnumSet.noneOf(InvolvementRole.class);
        Array array = rs.getArray("describes_them");
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).filter(s -> !s.isEmpty()).map(InvolvementRole::valueOf).forEach(roles::add);
        }
        String choice = rs.getString("choice");
        long personId = rs.getLong("person_id");
        Long person = rs.wasNull() ? null : personId;
        Timestamp received = rs.getTimestamp("received_at");
        return new Interest(rs.getLong("id"), rs.getLong("opportunity_id"), rs.getString("name"), rs.getString("email"),
                rs.getString("phone"), rs.getString("postal_address"), ContactBy.valueOf(rs.getString("contact_by")),
                rs.getString("support_needed"), roles, received.toInstant(), choice == null ? null : Interest.Choice.valueOf(choice),
                person);
    }
}
