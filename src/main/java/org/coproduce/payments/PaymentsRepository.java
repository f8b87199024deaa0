package org.coproduce.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PaymentsRepository {

    static final String CLAIMS = """
            select c.id, c.session_id, s.title, s.starts_at, c.person_id, coalesce(p.known_as, p.full_name) as name, c.activity,
                   c.session_minutes, c.preparation_minutes, c.amount_pence, c.choice, c.status, c.query_reason
            from fee_claim c
            join coproduction_session s on s.id = c.session_id and s.organisation_id = c.organisation_id
            join person p on p.id = c.person_id and p.organisation_id = c.organisation_id
            """;

    private final JdbcClient jdbc;

    PaymentsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rate the organisation has had, newest start day first. */
    List<PayRate> rates(long organisationId) {
        return jdbc.sql("""
                        select id, activity, per_hour_pence, half_day_pence, day_pence, preparation_minutes, effective_from
                        from pay_rate where organisation_id = :organisationId
                        order by activity, effective_from desc""")
                .param("organisationId", organisationId)
                .query((rs, row) -> new PayRate(rs.getLong("id"), PaidActivity.valueOf(rs.getString("activity")),
                        rs.getLong("per_hour_pence"), (Long) rs.getObject("half_day_pence"), (Long) rs.getObject("day_pence"),
                        rs.getInt("preparation_minutes"), rs.getDate("effective_from").toLocalDate()))
                .list();
    }

    boolean rateStartsOn(long organisationId, PaidActivity activity, LocalDate day) {
        return jdbc.sql("select exists (select 1 from pay_rate where organisation_id = :organisationId and activity = :activity and effective_from = :day)")
                .param("organisationId", organisationId)
                .param("activity", activity.name())
                .param("day", day)
                .query(Boolean.class).single();
    }

    void addRate(long organisationId, PaidActivity activity, long perHour, Long halfDay, Long day, int preparation, LocalDate from,
            long by) {
        jdbc.sql("""
                        insert into pay_rate (organisation_id, activity, per_hour_pence, half_day_pence, day_pence, preparation_minutes,
                                              effective_from, created_by_person_id)
                        values (:organisationId, :activity, :perHour, :halfDay, :day, :preparation, :from, :by)""")
                .param("organisationId", organisationId)
                .param("activity", activity.name())
                .param("perHour", perHour)
                .param("halfDay", halfDay)
                .param("day", day)
                .param("preparation", preparation)
                .param("from", from)
                .param("by", by)
                .update();
    }

    Optional<PaymentChoice> preference(long organisationId, long personId) {
        return jdbc.sql("""
                        select choice from payment_preference where organisation_id = :organisationId and person_id = :personId
                        order by recorded_at desc, id desc limit 1""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query(String.class).optional().map(PaymentChoice::valueOf);
    }

    void recordPreference(long organisationId, long personId, PaymentChoice choice, long by) {
        jdbc.sql("""
                        insert into payment_preference (organisation_id, person_id, choice, recorded_by_person_id)
                        values (:organisationId, :personId, :choice, :by)""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("choice", choice.name())
                .param("by", by)
                .update();
    }

    /**
     * Drafts a claim, or brings back one that was withdrawn. A claim that has gone further than a draft is left alone,
     * and so is one that already says the same: drafting twice changes nothing, and a query stays until what was
     * queried changes.
     */
    void draft(long organisationId, long sessionId, long personId, PaidActivity activity, int sessionMinutes, PayRate rate,
            long amount, PaymentChoice choice, Instant sessionEnded) {
        jdbc.sql("""
                        insert into fee_claim (organisation_id, session_id, person_id, activity, session_minutes, preparation_minutes,
                                               rate_id, amount_pence, choice, session_ended_at)
                        values (:organisationId, :sessionId, :personId, :activity, :minutes, :preparation, :rateId, :amount, :choice,
                                :ended)
                        on conflict (session_id, person_id, activity) do update
                            set status = 'DRAFT', session_minutes = excluded.session_minutes,
                                preparation_minutes = excluded.preparation_minutes, rate_id = excluded.rate_id,
                                amount_pence = excluded.amount_pence, session_ended_at = excluded.session_ended_at
                            where fee_claim.status = 'WITHDRAWN'
                               or fee_claim.status in ('DRAFT', 'QUERIED')
                                  and (fee_claim.session_minutes, fee_claim.preparation_minutes, fee_claim.rate_id,
                                       fee_claim.amount_pence, fee_claim.session_ended_at)
                                      is distinct from (excluded.session_minutes, excluded.preparation_minutes,
                                                        excluded.rate_id, excluded.amount_pence, excluded.session_ended_at)""")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .param("personId", personId)
                .param("activity", activity.name())
                .param("minutes", sessionMinutes)
                .param("preparation", rate.preparationMinutes())
                .param("rateId", rate.id())
                .param("amount", amount)
                .param("choice", choice.name())
                .param("ended", Timestamp.from(sessionEnded))
                .update();
    }

    /** Withdraws the drafts of people no longer recorded as having come. */
    void withdrawDraftsExcept(long organisationId, long sessionId, Collection<Long> stillThere) {
        String except = stillThere.isEmpty() ? "" : " and person_id not in (:people)";
        var update = jdbc.sql("update fee_claim set status = 'WITHDRAWN' where organisation_id = :organisationId and session_id = :sessionId"
                        + " and status = 'DRAFT'" + except)
                .param("organisationId", organisationId)
                .param("sessionId", sessionId);
        if (!stillThere.isEmpty()) {
            update = update.param("people", stillThere);
        }
        update.update();
    }

    java.util.Optional<FeeClaim> claim(long organisationId, long claimId) {
        return jdbc.sql(CLAIMS + " where c.organisation_id = :organisationId and c.id = :id")
                .param("organisationId", organisationId)
                .param("id", claimId)
                .query(PaymentsRepository::map).optional();
    }

    List<FeeClaim> claimsWithStatus(long organisationId, ClaimStatus status) {
        return jdbc.sql(CLAIMS + " where c.organisation_id = :organisationId and c.status = :status order by s.starts_at, lower(p.full_name)")
                .param("organisationId", organisationId)
                .param("status", status.name())
                .query(PaymentsRepository::map).list();
    }

    /** Claims with a fee still to pay (not yet paid, withdrawn or expenses only), oldest session first. */
    List<FeeClaim> waitingToBePaid(long organisationId) {
        return jdbc.sql(CLAIMS + """
                         where c.organisation_id = :organisationId and c.status in ('DRAFT', 'QUERIED', 'APPROVED')
                           and c.choice <> 'EXPENSES_ONLY'
                         order by s.starts_at, c.id""")
                .param("organisationId", organisationId)
                .query(PaymentsRepository::map).list();
    }

    List<FeeClaim> claimsOf(long organisationId, long personId) {
        return jdbc.sql(CLAIMS + " where c.organisation_id = :organisationId and c.person_id = :personId and c.status <> 'WITHDRAWN' order by s.starts_at desc")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query(PaymentsRepository::map).list();
    }

    /** Changes the choice on a person's own draft claim; false when the claim is not theirs or has gone past a draft. */
    boolean choose(long organisationId, long personId, long claimId, PaymentChoice choice) {
        return jdbc.sql("""
                        update fee_claim set choice = :choice
                        where organisation_id = :organisationId and person_id = :personId and id = :id and status = 'DRAFT'""")
                .param("choice", choice.name())
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("id", claimId)
                .update() == 1;
    }

    /**
     * Approves a draft or queried claim, or queries it with a reason. Only a claim in one of those states changes, so
     * two coordinators deciding at once cannot both succeed.
     */
    boolean decide(long organisationId, long claimId, ClaimStatus decision, String reason, long by) {
        return jdbc.sql("""
                        update fee_claim set status = :decision, query_reason = :reason, decided_by_person_id = :by, decided_at = now()
                        where organisation_id = :organisationId and id = :id and status in ('DRAFT', 'QUERIED')""")
                .param("decision", decision.name())
                .param("reason", reason)
                .param("by", by)
                .param("organisationId", organisationId)
                .param("id", claimId)
                .update() == 1;
    }

    static FeeClaim map(ResultSet rs, int row) throws SQLException {
        return new FeeClaim(rs.getLong("id"), rs.getLong("session_id"), rs.getString("title"),
                rs.getTimestamp("starts_at").toInstant().atZone(org.coproduce.web.Dates.LONDON).toLocalDate(),
                rs.getLong("person_id"), rs.getString("name"), PaidActivity.valueOf(rs.getString("activity")),
                rs.getInt("session_minutes"), rs.getInt("preparation_minutes"), rs.getLong("amount_pence"),
                PaymentChoice.valueOf(rs.getString("choice")), ClaimStatus.valueOf(rs.getString("status")), rs.getString("query_reason"));
    }
}
