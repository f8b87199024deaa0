package org.coproduce.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
     * Creates a run holding every approved claim with a fee to pay that is in no run yet. Claims another run is taking
     * at the same moment are skipped, not waited for; the primary key on the claim makes sure of it.
     *
     * @return the run, or empty when there was nothing to pay
     */
    Optional<Long> createRun(long organisationId, long by) {
        List<Long> claims = jdbc.sql("""
                        select c.id from fee_claim c
                        where c.organisation_id = :organisationId and c.status = 'APPROVED' and c.choice in ('PAY', 'VOUCHER')
                          and not exists (select 1 from payment_run_claim rc where rc.claim_id = c.id)
                        order by c.session_ended_at, c.id
                        for update skip locked""")
                .param("organisationId", organisationId)
                .query(Long.class).list();
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        long run = jdbc.sql("insert into payment_run (organisation_id, created_by_person_id) values (:organisationId, :by) returning id")
                .param("organisationId", organisationId)
                .param("by", by)
                .query(Long.class).single();
        int taken = 0;
        for (long claim : claims) {
            taken += jdbc.sql("""
                            insert into payment_run_claim (claim_id, run_id, organisation_id) values (:claim, :run, :organisationId)
                            on conflict (claim_id) do nothing""")
                    .param("claim", claim)
                    .param("run", run)
                    .param("organisationId", organisationId)
                    .update();
        }
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
                        select r.id, r.created_at, r.paid_at, count(rc.claim_id) as claims, coalesce(sum(c.amount_pence), 0) as total
                        from payment_run r
                        left join payment_run_claim rc on rc.run_id = r.id
                        left join fee_claim c on c.id = rc.claim_id
                        where r.organisation_id = :organisationId
                        group by r.id order by r.created_at desc""")
                .param("organisationId", organisationId)
                .query(PaymentRunRepository::run).list();
    }

    Optional<PaymentRun> run(long organisationId, long runId) {
        return runs(organisationId).stream().filter(r -> r.id() == runId).findFirst();
    }

    /** The claims in a run, as the finance system export lists them. */
    List<FeeClaim> claims(long organisationId, long runId) {
        return jdbc.sql(PaymentsRepository.CLAIMS + """
                         join payment_run_claim rc on rc.claim_id = c.id
                         where c.organisation_id = :organisationId and rc.run_id = :runId
                         order by lower(p.full_name), s.starts_at""")
                .param("organisationId", organisationId)
                .param("runId", runId)
                .query(PaymentsRepository::map).list();
    }

    /** Marks a run paid, once: false when it was already marked (by someone else, a second tab, a double click). */
    boolean markPaid(long organisationId, long runId, long by) {
        return jdbc.sql("""
                        update payment_run set paid_at = now(), paid_by_person_id = :by
                        where organisation_id = :organisationId and id = :id and paid_at is null""")
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

    List<LedgerEntry> ledger(long organisationId) {
        return jdbc.sql("""
                        select l.id, l.person_id, coalesce(p.known_as, p.full_name) as name, l.claim_id, l.run_id, l.kind, l.amount_pence,
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
                        insert into ledger_entry (organisation_id, person_id, claim_id, run_id, kind, amount_pence, reason, reverses_entry_id,
                                                  created_by_person_id)
                        values (:organisationId, :personId, :claimId, :runId, 'REVERSAL', :amount, :reason, :reverses, :by)
                        on conflict (reverses_entry_id) do nothing""")
                .param("organisationId", organisationId)
                .param("personId", entry.personId())
                .param("claimId", entry.claimId())
                .param("runId", entry.runId())
                .param("amount", -entry.amountPence())
                .param("reason", reason)
                .param("reverses", entry.id())
                .param("by", by)
                .update() == 1;
    }

    private static PaymentRun run(ResultSet rs, int row) throws SQLException {
        Timestamp paid = rs.getTimestamp("paid_at");
        return new PaymentRun(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), paid == null ? null : paid.toInstant(),
                rs.getInt("claims"), rs.getLong("total"));
    }

    private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"), (Long) rs.getObject("claim_id"),
                (Long) rs.getObject("run_id"), rs.getString("kind"), rs.getLong("amount_pence"), rs.getString("reason"),
                (Long) rs.getObject("reverses_entry_id"), rs.getTimestamp("created_at").toInstant());
    }
}
