package org.coproduce.payments;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PaymentRunRepository {

    private final JdbcClient jdbc;

    PaymentRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates a run holding every approved claim with a fee to pay, and every approved expense, that is in no run yet.
     * Claims another run is taking at the same moment are skipped, not waited for; the primary keys on the run's claims
     * make sure of it.
     *
     * @return the run, or empty when there was nothing to pay
     */
    Optional<Long> createRun(long organisationId, long by) {
        long run = jdbc.sql("insert into payment_run (organisation_id, created_by_person_id) values (:organisationId, :by) returning id")
                .param("organisationId", organisationId)
                .param("by", by)
                .query(Long.class).single();
        int taken = jdbc.sql("""
                        with waiting as (
                            select c.id from fee_claim c
                            where c.organisation_id = :organisationId and c.status = 'APPROVED' and c.choice in ('PAY', 'VOUCHER')
                              and not exists (select 1 from payment_run_claim rc where rc.claim_id = c.id)
                            for update skip locked)
                        insert into payment_run_claim (claim_id, run_id, organisation_id)
                        select id, :run, :organisationId from waiting
                        on conflict (claim_id) do nothing""")
                .param("organisationId", organisationId)
                .param("run", run)
                .update();
        taken += jdbc.sql("""
                        with waiting as (
                            select e.id from expense_claim e
                            where e.organisation_id = :organisationId and e.status = 'APPROVED'
                              and not exists (select 1 from payment_run_expense re where re.expense_id = e.id)
                            for update skip locked)
                        insert into payment_run_expense (expense_id, run_id, organisation_id)
                        select id, :run, :organisationId from waiting
                        on conflict (expense_id) do nothing""")
                .param("organisationId", organisationId)
                .param("run", run)
                .update();
        if (taken == 0) {
            jdbc.sql("delete from payment_run where organisation_id = :organisationId and id = :id")
                    .param("organisationId", organisationId)
                    .param("id", run)
                    .update();
            return Optional.empty();
        }
        return Optional.of(run);
    }

    List<PaymentRun> runs(long organisationId) {
        return jdbc.sql("""
                        select r.id, r.created_at, r.paid_at, r.paid_on,
                               (select count(*) from payment_run_claim rc where rc.run_id = r.id)
                                 + (select count(*) from payment_run_expense re where re.run_id = r.id) as claims,
                               (select coalesce(sum(c.amount_pence), 0) from payment_run_claim rc join fee_claim c on c.id = rc.claim_id
                                where rc.run_id = r.id) as fees,
                               (select coalesce(sum(e.amount_pence), 0) from payment_run_expense re join expense_claim e on e.id = re.expense_id
                                where re.run_id = r.id) as expenses
                        from payment_run r
                        where r.organisation_id = :organisationId
                        order by r.created_at desc, r.id desc""")
                .param("organisationId", organisationId)
                .query(PaymentRunRepository::run).list();
    }

    Optional<PaymentRun> run(long organisationId, long runId) {
        return runs(organisationId).stream().filter(r -> r.id() == runId).findFirst();
    }

    /** Everything a run pays, as the finance system export lists it: by person, then fees before expenses, oldest first. */
    List<PaymentLine> lines(long organisationId, long runId) {
        return jdbc.sql("""
                        select type, id, person_id, name, amount_pence, day, description from (
                            select case c.choice when 'VOUCHER' then 'VOUCHER' else 'FEE' end as type, c.id, c.person_id,
                                   coalesce(p.known_as, p.full_name) as name, lower(p.full_name) as sort_name, c.amount_pence,
                                   (s.starts_at at time zone 'Europe/London')::date as day, s.title as description, 0 as sort_kind
                            from payment_run_claim rc
                            join fee_claim c on c.id = rc.claim_id and c.organisation_id = rc.organisation_id
                            join coproduction_session s on s.id = c.session_id and s.organisation_id = c.organisation_id
                            join person p on p.id = c.person_id and p.organisation_id = c.organisation_id
                            where rc.organisation_id = :organisationId and rc.run_id = :runId
                            union all
                            select 'EXPENSE', e.id, e.person_id, coalesce(p.known_as, p.full_name), lower(p.full_name), e.amount_pence,
                                   e.spent_on, e.description, 1
                            from payment_run_expense re
                            join expense_claim e on e.id = re.expense_id and e.organisation_id = re.organisation_id
                            join person p on p.id = e.person_id and p.organisation_id = e.organisation_id
                            where re.organisation_id = :organisationId and re.run_id = :runId
                        ) line order by sort_name, person_id, sort_kind, day, id""")
                .param("organisationId", organisationId)
                .param("runId", runId)
                .query((rs, row) -> new PaymentLine(rs.getString("type"), rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"),
                        rs.getLong("amount_pence"), rs.getDate("day").toLocalDate(), rs.getString("description")))
                .list();
    }

    /** Marks a run paid, once: false when it was already marked (by someone else, a second tab, a double click). */
    boolean markPaid(long organisationId, long runId, LocalDate paidOn, long by) {
        return jdbc.sql("""
                        update payment_run set paid_at = now(), paid_on = :paidOn, paid_by_person_id = :by
                        where organisation_id = :organisationId and id = :id and paid_at is null""")
                .param("paidOn", paidOn)
                .param("by", by)
                .param("organisationId", organisationId)
                .param("id", runId)
                .update() == 1;
    }

    /** Writes the payment of a claim to the ledger; false when the claim was already paid. */
    boolean pay(long organisationId, long claimId, long runId, long by) {
        int paid = jdbc.sql("""
                        insert into ledger_entry (organisation_id, person_id, claim_id, run_id, kind, amount_pence, created_by_person_id)
                        select c.organisation_id, c.person_id, c.id, :runId, case c.choice when 'VOUCHER' then 'VOUCHER' else 'FEE' end,
                               c.amount_pence, :by
                        from fee_claim c where c.organisation_id = :organisationId and c.id = :claimId
                        on conflict (claim_id) where kind in ('FEE', 'VOUCHER') do nothing""")
                .param("runId", runId)
                .param("by", by)
                .param("organisationId", organisationId)
                .param("claimId", claimId)
                .update();
        jdbc.sql("update fee_claim set status = 'PAID' where organisation_id = :organisationId and id = :claimId")
                .param("organisationId", organisationId)
                .param("claimId", claimId)
                .update();
        return paid == 1;
    }

    /** Writes the payment of an expense to the ledger; false when it was already paid. */
    boolean payExpense(long organisationId, long expenseId, long runId, long by) {
        int paid = jdbc.sql("""
                        insert into ledger_entry (organisation_id, person_id, expense_id, run_id, kind, amount_pence, created_by_person_id)
                        select e.organisation_id, e.person_id, e.id, :runId, 'EXPENSE', e.amount_pence, :by
                        from expense_claim e where e.organisation_id = :organisationId and e.id = :expenseId
                        on conflict (expense_id) where kind = 'EXPENSE' do nothing""")
                .param("runId", runId)
                .param("by", by)
                .param("organisationId", organisationId)
                .param("expenseId", expenseId)
                .update();
        jdbc.sql("update expense_claim set status = 'PAID' where organisation_id = :organisationId and id = :expenseId")
                .param("organisationId", organisationId)
                .param("expenseId", expenseId)
                .update();
        return paid == 1;
    }

    /** What has been paid to a person, and any corrections, newest first. */
    List<StatementLine> statement(long organisationId, long personId) {
        return jdbc.sql("""
                        select l.kind, l.expense_id is not null as for_expense, l.amount_pence, l.reason, coalesce(s.title, e.description) as what,
                               coalesce((s.starts_at at time zone 'Europe/London')::date, e.spent_on) as day,
                               -- a payment was paid on the day finance gave; a reversal is dated the day it was made
                               coalesce(case when l.kind <> 'REVERSAL' then r.paid_on end, (l.created_at at time zone 'Europe/London')::date) as paid_on
                        from ledger_entry l
                        left join payment_run r on r.id = l.run_id and r.organisation_id = l.organisation_id
                        left join fee_claim c on c.id = l.claim_id and c.organisation_id = l.organisation_id
                        left join coproduction_session s on s.id = c.session_id and s.organisation_id = c.organisation_id
                        left join expense_claim e on e.id = l.expense_id and e.organisation_id = l.organisation_id
                        where l.organisation_id = :organisationId and l.person_id = :personId
                        order by l.created_at desc, l.id desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> new StatementLine(rs.getDate("paid_on").toLocalDate(), rs.getString("kind"), rs.getBoolean("for_expense"), rs.getLong("amount_pence"),
                        rs.getString("what"), rs.getDate("day").toLocalDate(), rs.getString("reason")))
                .list();
    }

    List<LedgerEntry> ledger(long organisationId) {
        return jdbc.sql("""
                        select l.id, l.person_id, coalesce(p.known_as, p.full_name) as name, l.claim_id, l.expense_id, l.run_id, l.kind, l.amount_pence,
                               l.reason, l.reverses_entry_id, l.created_at
                        from ledger_entry l join person p on p.id = l.person_id and p.organisation_id = l.organisation_id
                        where l.organisation_id = :organisationId order by l.id""")
                .param("organisationId", organisationId)
                .query(PaymentRunRepository::entry).list();
    }

    Optional<LedgerEntry> entry(long organisationId, long entryId) {
        return ledger(organisationId).stream().filter(e -> e.id() == entryId).findFirst();
    }

    /** Reverses an entry, once: false when it was already reversed. */
    boolean reverse(long organisationId, LedgerEntry entry, String reason, long by) {
        return jdbc.sql("""
                        insert into ledger_entry (organisation_id, person_id, claim_id, expense_id, run_id, kind, amount_pence, reason,
                                                  reverses_entry_id, created_by_person_id)
                        values (:organisationId, :personId, :claimId, :expenseId, :runId, 'REVERSAL', :amount, :reason, :reverses, :by)
                        on conflict (reverses_entry_id) do nothing""")
                .param("organisationId", organisationId)
                .param("personId", entry.personId())
                .param("claimId", entry.claimId())
                .param("expenseId", entry.expenseId())
                .param("runId", entry.runId())
                .param("amount", -entry.amountPence())
                .param("reason", reason)
                .param("reverses", entry.id())
                .param("by", by)
                .update() == 1;
    }

    private static PaymentRun run(ResultSet rs, int row) throws SQLException {
        Timestamp paid = rs.getTimestamp("paid_at");
        Date paidOn = rs.getDate("paid_on");
        return new PaymentRun(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), paid == null ? null : paid.toInstant(),
                paidOn == null ? null : paidOn.toLocalDate(), rs.getInt("claims"), rs.getLong("fees"), rs.getLong("expenses"));
    }

    private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"), (Long) rs.getObject("claim_id"),
                (Long) rs.getObject("expense_id"), (Long) rs.getObject("run_id"), rs.getString("kind"), rs.getLong("amount_pence"), rs.getString("reason"),
                (Long) rs.getObject("reverses_entry_id"), rs.getTimestamp("created_at").toInstant());
    }
}
