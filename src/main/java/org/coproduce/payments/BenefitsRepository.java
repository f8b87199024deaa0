package org.coproduce.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coproduce.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BenefitsRepository {

    /** A benefit a person told us about. */
    record Recorded(BenefitRule rule, Long ownLimitPence, int periodStarts) {
    }

    /** A year's figure an organisation entered. */
    record Entered(BenefitRule rule, int taxYear, long limitPence, Integer taperPercent, String source) {
    }

    /** The latest informed choice recorded for a claim. */
    record Choice(long claimId, BenefitChoice choice, long feeBeforePence, long feeAfterPence, boolean onTheirBehalf,
            java.time.Instant recordedAt) {
    }

    private final JdbcClient jdbc;

    BenefitsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entered> entered(long organisationId) {
        return jdbc.sql("""
                        select rule, tax_year, limit_pence, taper_percent, source from benefit_limit
                        where organisation_id = :organisationId order by rule, tax_year""")
                .param("organisationId", organisationId)
                .query((rs, row) -> new Entered(BenefitRule.valueOf(rs.getString("rule")), rs.getInt("tax_year"), rs.getLong("limit_pence"),
                        (Integer) rs.getObject("taper_percent"), rs.getString("source")))
                .list();
    }

    void enter(long organisationId, Entered figure, long by) {
        jdbc.sql("""
                        insert into benefit_limit (organisation_id, rule, tax_year, limit_pence, taper_percent, source, created_by_person_id)
                        values (:organisationId, :rule, :year, :limit, :taper, :source, :by)
                        on conflict (organisation_id, rule, tax_year) do update
                            set limit_pence = excluded.limit_pence, taper_percent = excluded.taper_percent, source = excluded.source,
                                created_by_person_id = excluded.created_by_person_id, created_at = now()""")
                .param("organisationId", organisationId)
                .param("rule", figure.rule().name())
                .param("year", figure.taxYear())
                .param("limit", figure.limitPence())
                .param("taper", figure.taperPercent())
                .param("source", figure.source())
                .param("by", by)
                .update();
    }

    List<Recorded> recorded(long organisationId, long personId) {
        return jdbc.sql("""
                        select rule, own_limit_pence, period_starts from person_earnings_rule
                        where organisation_id = :organisationId and person_id = :personId order by rule""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> new Recorded(BenefitRule.valueOf(rs.getString("rule")), (Long) rs.getObject("own_limit_pence"),
                        rs.getInt("period_starts")))
                .list();
    }

    void record(long organisationId, long personId, Recorded benefit, long by) {
        jdbc.sql("""
                        insert into person_earnings_rule (organisation_id, person_id, rule, own_limit_pence, period_starts, recorded_by_person_id)
                        values (:organisationId, :personId, :rule, :own, :starts, :by)
                        on conflict (person_id, rule) do update
                            set own_limit_pence = excluded.own_limit_pence, period_starts = excluded.period_starts,
                                recorded_by_person_id = excluded.recorded_by_person_id, recorded_at = now()""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("rule", benefit.rule().name())
                .param("own", benefit.ownLimitPence())
                .param("starts", benefit.periodStarts())
                .param("by", by)
                .update();
    }

    void remove(long organisationId, long personId, BenefitRule rule) {
        jdbc.sql("delete from person_earnings_rule where organisation_id = :organisationId and person_id = :personId and rule = :rule")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("rule", rule.name())
                .update();
    }

    /**
     * The person's fees that will be or have been paid (approved or paid, as money or a voucher), by the day of the
     * session, from a day on; without the claim being checked.
     */
    List<BenefitCheck.Earning> earnings(long organisationId, long personId, LocalDate from, long exceptClaim) {
        return jdbc.sql("""
                        select (s.starts_at at time zone 'Europe/London')::date as day, c.amount_pence
                        from fee_claim c join coproduction_session s on s.id = c.session_id and s.organisation_id = c.organisation_id
                        where c.organisation_id = :organisationId and c.person_id = :personId and c.id <> :except
                          and c.status in ('APPROVED', 'PAID') and c.choice in ('PAY', 'VOUCHER')
                          and s.starts_at >= :from""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("except", exceptClaim)
                .param("from", java.sql.Timestamp.from(from.atStartOfDay(Dates.LONDON).toInstant()))
                .query((rs, row) -> new BenefitCheck.Earning(rs.getDate("day").toLocalDate(), rs.getLong("amount_pence")))
                .list();
    }

    Optional<Choice> choice(long organisationId, long claimId) {
        return jdbc.sql("""
                        select claim_id, choice, fee_before_pence, fee_after_pence, on_their_behalf, recorded_at from benefit_choice
                        where organisation_id = :organisationId and claim_id = :claimId order by id desc limit 1""")
                .param("organisationId", organisationId)
                .param("claimId", claimId)
                .query((rs, row) -> new Choice(rs.getLong("claim_id"), BenefitChoice.valueOf(rs.getString("choice")), rs.getLong("fee_before_pence"),
                        rs.getLong("fee_after_pence"), rs.getBoolean("on_their_behalf"), rs.getTimestamp("recorded_at").toInstant()))
                .optional();
    }

    void recordChoice(long organisationId, long claimId, BenefitChoice choice, long before, long after, String told, long by,
            boolean onTheirBehalf) {
        jdbc.sql("""
                        insert into benefit_choice (organisation_id, claim_id, choice, fee_before_pence, fee_after_pence, told,
                                                    recorded_by_person_id, on_their_behalf)
                        values (:organisationId, :claimId, :choice, :before, :after, :told, :by, :behalf)""")
                .param("organisationId", organisationId)
                .param("claimId", claimId)
                .param("choice", choice.name())
                .param("before", before)
                .param("after", after)
                .param("told", told)
                .param("by", by)
                .param("behalf", onTheirBehalf)
                .update();
    }

    /** Applies a choice to a draft or queried claim: a smaller fee, or no fee. False when the claim has moved on. */
    boolean applyChoice(long organisationId, long claimId, long amountPence, PaymentChoice paymentChoice) {
        return jdbc.sql("""
                        update fee_claim set amount_pence = :amount, choice = :choice
                        where organisation_id = :organisationId and id = :id and status in ('DRAFT', 'QUERIED')""")
                .param("amount", amountPence)
                .param("choice", paymentChoice.name())
                .param("organisationId", organisationId)
                .param("id", claimId)
                .update() == 1;
    }
}
