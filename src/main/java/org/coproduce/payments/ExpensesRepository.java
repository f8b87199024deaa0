package org.coproduce.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduce.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ExpensesRepository {

    private static final String EXPENSES = """
            select e.id, e.person_id, coalesce(p.known_as, p.full_name) as name, e.session_id, s.title, e.kind, e.spent_on,
                   (e.created_at at time zone 'Europe/London')::date as claimed_on,
                   e.description, e.miles_tenths, e.pence_per_mile, e.amount_pence, e.status, e.query_reason
            from expense_claim e
            join person p on p.id = e.person_id and p.organisation_id = e.organisation_id
            left join coproduction_session s on s.id = e.session_id and s.organisation_id = e.organisation_id
            """;

    /** A session someone came to, for them to say what an expense was for. */
    record SessionCameTo(long id, String title, LocalDate day) {
    }

    private final JdbcClient jdbc;

    ExpensesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long organisationId, long personId, Long sessionId, ExpenseKind kind, LocalDate spentOn, String description,
            Integer milesTenths, Integer pencePerMile, long amountPence, long by) {
        return jdbc.sql("""
                        insert into expense_claim (organisation_id, person_id, session_id, kind, spent_on, description, miles_tenths,
                                                   pence_per_mile, amount_pence, created_by_person_id)
                        values (:organisationId, :personId, :sessionId, :kind, :spentOn, :description, :miles, :rate, :amount, :by)
                        returning id""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("sessionId", sessionId)
                .param("kind", kind.name())
                .param("spentOn", spentOn)
                .param("description", description)
                .param("miles", milesTenths)
                .param("rate", pencePerMile)
                .param("amount", amountPence)
                .param("by", by)
                .query(Long.class).single();
    }

    void addReceipt(long organisationId, long expenseId, ReceiptFile receipt) {
        jdbc.sql("""
                        insert into expense_receipt (organisation_id, expense_id, file_name, content_type, content)
                        values (:organisationId, :expenseId, :name, :type, :content)""")
                .param("organisationId", organisationId)
                .param("expenseId", expenseId)
                .param("name", receipt.fileName())
                .param("type", receipt.contentType())
                .param("content", receipt.content())
                .update();
    }

    /** A receipt, when it belongs to an expense of this organisation (and, when a person is given, to them). */
    Optional<ReceiptFile> receipt(long organisationId, long expenseId, long receiptId, Long onlyFor) {
        return jdbc.sql("""
                        select r.file_name, r.content_type, r.content from expense_receipt r
                        join expense_claim e on e.id = r.expense_id and e.organisation_id = r.organisation_id
                        where r.organisation_id = :organisationId and r.expense_id = :expenseId and r.id = :id
                          and (cast(:person as bigint) is null or e.person_id = :person)""")
                .param("organisationId", organisationId)
                .param("expenseId", expenseId)
                .param("id", receiptId)
                .param("person", onlyFor)
                .query((rs, row) -> new ReceiptFile(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    Optional<ExpenseClaim> expense(long organisationId, long expenseId) {
        return jdbc.sql(EXPENSES + " where e.organisation_id = :organisationId and e.id = :id")
                .param("organisationId", organisationId)
                .param("id", expenseId)
                .query(ExpensesRepository::map).optional();
    }

    List<ExpenseClaim> withStatus(long organisationId, ClaimStatus status) {
        return withReceipts(organisationId, jdbc.sql(EXPENSES + """
                         where e.organisation_id = :organisationId and e.status = :status order by e.spent_on, lower(p.full_name)""")
                .param("organisationId", organisationId)
                .param("status", status.name())
                .query(ExpensesRepository::map).list());
    }

    List<ExpenseClaim> of(long organisationId, long personId) {
        return withReceipts(organisationId, jdbc.sql(EXPENSES + """
                         where e.organisation_id = :organisationId and e.person_id = :personId and e.status <> 'WITHDRAWN'
                         order by e.spent_on desc, e.id desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query(ExpensesRepository::map).list());
    }

    /** Expenses still to be paid back (not yet paid or withdrawn), longest waiting first. */
    List<ExpenseClaim> waitingToBePaid(long organisationId) {
        return withReceipts(organisationId, jdbc.sql(EXPENSES + """
                         where e.organisation_id = :organisationId and e.status in ('DRAFT', 'QUERIED', 'APPROVED')
                         order by greatest(e.spent_on, (e.created_at at time zone 'Europe/London')::date), e.id""")
                .param("organisationId", organisationId)
                .query(ExpensesRepository::map).list());
    }

    /** Approves a waiting or queried expense, or queries it; false when someone else decided it first. */
    boolean decide(long organisationId, long expenseId, ClaimStatus decision, String reason, long by) {
        return jdbc.sql("""
                        update expense_claim set status = :decision, query_reason = :reason, decided_by_person_id = :by, decided_at = now()
                        where organisation_id = :organisationId and id = :id and status in ('DRAFT', 'QUERIED')""")
                .param("decision", decision.name())
                .param("reason", reason)
                .param("by", by)
                .param("organisationId", organisationId)
                .param("id", expenseId)
                .update() == 1;
    }

    /** The person takes back their own claim before it is approved; false when it is not theirs or has been approved. */
    boolean withdraw(long organisationId, long personId, long expenseId) {
        return jdbc.sql("""
                        update expense_claim set status = 'WITHDRAWN'
                        where organisation_id = :organisationId and person_id = :personId and id = :id and status in ('DRAFT', 'QUERIED')""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("id", expenseId)
                .update() == 1;
    }

    /** Sessions the person came to in the last three months, newest first. */
    List<SessionCameTo> sessionsCameTo(long organisationId, long personId) {
        return jdbc.sql("""
                        select s.id, s.title, s.starts_at from session_attendance a
                        join coproduction_session s on s.id = a.session_id and s.organisation_id = a.organisation_id
                        where a.organisation_id = :organisationId and a.person_id = :personId
                          and s.starts_at > now() - interval '3 months' and s.starts_at < now()
                        order by s.starts_at desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> new SessionCameTo(rs.getLong("id"), rs.getString("title"),
                        rs.getTimestamp("starts_at").toInstant().atZone(Dates.LONDON).toLocalDate()))
                .list();
    }

    private List<ExpenseClaim> withReceipts(long organisationId, List<ExpenseClaim> claims) {
        if (claims.isEmpty()) {
            return claims;
        }
        Map<Long, List<ExpenseClaim.Receipt>> receipts = jdbc.sql("""
                        select id, expense_id, file_name from expense_receipt
                        where organisation_id = :organisationId and expense_id in (:ids) order by id""")
                .param("organisationId", organisationId)
                .param("ids", claims.stream().map(ExpenseClaim::id).toList())
                .query((rs, row) -> Map.entry(rs.getLong("expense_id"), new ExpenseClaim.Receipt(rs.getLong("id"), rs.getString("file_name"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<ExpenseClaim> all = new ArrayList<>(claims.size());
        for (ExpenseClaim claim : claims) {
            all.add(claim.withReceipts(receipts.getOrDefault(claim.id(), List.of())));
        }
        return all;
    }

    static ExpenseClaim map(ResultSet rs, int row) throws SQLException {
        return new ExpenseClaim(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"), (Long) rs.getObject("session_id"),
                rs.getString("title"), ExpenseKind.valueOf(rs.getString("kind")), rs.getDate("spent_on").toLocalDate(), rs.getDate("claimed_on").toLocalDate(),
                rs.getString("description"), (Integer) rs.getObject("miles_tenths"), (Integer) rs.getObject("pence_per_mile"),
                rs.getLong("amount_pence"), ClaimStatus.valueOf(rs.getString("status")), rs.getString("query_reason"), List.of());
    }
}
