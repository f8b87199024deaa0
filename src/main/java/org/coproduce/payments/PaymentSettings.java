package org.coproduce.payments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An organisation's promise of how quickly people are paid. */
@Repository
class PaymentSettings {

    /** HMRC's approved mileage rate for cars, first 10,000 miles of a tax year: a starting point each organisation can change. */
    static final int DEFAULT_PENCE_PER_MILE = 45;

    private final JdbcClient jdbc;

    PaymentSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int promiseDays(long organisationId) {
        return jdbc.sql("select promise_days from payment_settings where organisation_id = :organisationId")
                .param("organisationId", organisationId)
                .query(Integer.class).optional().orElse(DaysToPay.DEFAULT_PROMISE);
    }

    void setPromiseDays(long organisationId, int days, long by) {
        jdbc.sql("""
                        insert into payment_settings (organisation_id, promise_days, updated_by_person_id)
                        values (:organisationId, :days, :by)
                        on conflict (organisation_id) do update set promise_days = excluded.promise_days,
                            updated_by_person_id = excluded.updated_by_person_id, updated_at = now()""")
                .param("organisationId", organisationId)
                .param("days", days)
                .param("by", by)
                .update();
    }

    /** What a mile by car pays back: 45p until the organisation sets its own rate. */
    int pencePerMile(long organisationId) {
        return jdbc.sql("select pence_per_mile from payment_settings where organisation_id = :organisationId")
                .param("organisationId", organisationId)
                .query(Integer.class).optional().orElse(DEFAULT_PENCE_PER_MILE);
    }

    void setPencePerMile(long organisationId, int pence, long by) {
        jdbc.sql("""
                        insert into payment_settings (organisation_id, pence_per_mile, updated_by_person_id)
                        values (:organisationId, :pence, :by)
                        on conflict (organisation_id) do update set pence_per_mile = excluded.pence_per_mile,
                            updated_by_person_id = excluded.updated_by_person_id, updated_at = now()""")
                .param("organisationId", organisationId)
                .param("pence", pence)
                .param("by", by)
                .update();
    }

    /**
     * Days from session to payment (or, for an expense, from the day the money was spent, or claimed if later) for claims paid in the last
     * 90 days: the median and the 95th percentile, or null.
     */
    PaymentSpeed recentDaysToPay(long organisationId) {
        return jdbc.sql("""
                        select percentile_cont(0.5) within group (order by d) as median,
                               percentile_cont(0.95) within group (order by d) as p95, count(*) as paid
                        from (select coalesce(r.paid_on, (l.created_at at time zone 'Europe/London')::date)
                                      - (s.starts_at at time zone 'Europe/London')::date as d
                              from ledger_entry l
                              join fee_claim c on c.id = l.claim_id
                              join coproduction_session s on s.id = c.session_id
                              left join payment_run r on r.id = l.run_id
                              where l.organisation_id = :organisationId and l.kind in ('FEE', 'VOUCHER')
                                and l.created_at > now() - interval '90 days'
                              union all
                              select coalesce(r.paid_on, (l.created_at at time zone 'Europe/London')::date)
                                     - greatest(e.spent_on, (e.created_at at time zone 'Europe/London')::date)
                              from ledger_entry l
                              join expense_claim e on e.id = l.expense_id
                              left join payment_run r on r.id = l.run_id
                              where l.organisation_id = :organisationId and l.kind = 'EXPENSE'
                                and l.created_at > now() - interval '90 days') paid""")
                .param("organisationId", organisationId)
                .query((rs, row) -> new PaymentSpeed((Double) rs.getObject("median"), (Double) rs.getObject("p95"), rs.getInt("paid")))
                .single();
    }
}
