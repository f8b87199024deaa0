package org.coproduce.payments;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.web.Dates;
import org.coproduce.web.Labels;
import org.coproduce.web.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Payments' part of someone's copy of their information: every fee and expense claim, withdrawn ones too, the receipts,
 * the ledger and the payment runs that paid them. Benefits are apart, in {@link BenefitsPersonalData}.
 */
@Component
class PaymentsPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final PaymentRunRepository runs;
    private final Labels labels;

    PaymentsPersonalData(JdbcClient jdbc, PaymentRunRepository runs, Labels labels) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.labels = labels;
    }

    @Override
    public Part about(long organisationId, long personId) {
        return new Part("Your payments",
                "What we owe you and what we paid you: a fee for your time at each session you came to, and the money you spent "
                        + "to take part, paid back. We keep this, with your receipts, because the law says we must keep records "
                        + "of payments, and so that you can see what you were paid. When we pay you, we email you a statement "
                        + "if we have your email address; we do not keep a copy of the email, but everything it said is here.",
                List.of(fees(organisationId, personId), expenses(organisationId, personId), preferences(organisationId, personId),
                        ledger(organisationId, personId), paymentRuns(organisationId, personId)),
                receipts(organisationId, personId));
    }

    private Table fees(long organisationId, long personId) {
        List<List<String>> rows = jdbc.sql("""
                        select s.title, s.starts_at, c.activity, c.session_minutes, c.preparation_minutes,
                               r.per_hour_pence, r.half_day_pence, r.day_pence, c.amount_pence, c.choice, c.status, c.query_reason
                          from fee_claim c
                          join coproduction_session s on s.id = c.session_id and s.organisation_id = c.organisation_id
                          join pay_rate r on r.id = c.rate_id and r.organisation_id = c.organisation_id
                         where c.organisation_id = :organisationId and c.person_id = :personId
                         order by s.starts_at desc, c.id desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, n) -> row(rs.getString("title"), Dates.date(rs.getTimestamp("starts_at").toInstant()),
                        labels.of(PaidActivity.valueOf(rs.getString("activity"))), String.valueOf(rs.getInt("session_minutes")),
                        String.valueOf(rs.getInt("preparation_minutes")),
                        rate(rs.getLong("per_hour_pence"), (Long) rs.getObject("half_day_pence"), (Long) rs.getObject("day_pence")),
                        pounds(rs.getLong("amount_pence")), labels.of(PaymentChoice.valueOf(rs.getString("choice"))),
                        labels.of(ClaimStatus.valueOf(rs.getString("status"))), rs.getString("query_reason")))
                .list();
        return new Table("Fees for your time", List.of("Session", "Day", "What you did", "Minutes at the session", "Minutes to prepare",
                "Rate", "Fee", "How you chose to be paid", "Where it has got to", "Our question about it"), rows);
    }

    private Table expenses(long organisationId, long personId) {
        List<List<String>> rows = jdbc.sql("""
                        select e.kind, e.spent_on, e.description, s.title, e.miles_tenths, e.pence_per_mile, e.amount_pence,
                               e.status, e.query_reason, e.created_at,
                               (select string_agg(r.file_name, ', ' order by r.id) from expense_receipt r
                                 where r.expense_id = e.id and r.organisation_id = e.organisation_id) as receipts
                          from expense_claim e
                          left join coproduction_session s on s.id = e.session_id and s.organisation_id = e.organisation_id
                         where e.organisation_id = :organisationId and e.person_id = :personId
                         order by e.spent_on desc, e.id desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, n) -> row(labels.of(ExpenseKind.valueOf(rs.getString("kind"))), Dates.date(rs.getDate("spent_on").toLocalDate()),
                        rs.getString("description"), rs.getString("title"),
                        miles((Integer) rs.getObject("miles_tenths"), (Integer) rs.getObject("pence_per_mile")),
                        pounds(rs.getLong("amount_pence")), labels.of(ClaimStatus.valueOf(rs.getString("status"))),
                        rs.getString("query_reason"), Dates.date(rs.getTimestamp("created_at").toInstant()), rs.getString("receipts")))
                .list();
        return new Table("Expenses you claimed", List.of("What for", "Day spent", "What you told us", "Session", "Miles",
                "Amount", "Where it has got to", "Our question about it", "Claimed on", "Receipts"), rows);
    }

    private List<Attachment> receipts(long organisationId, long personId) {
        return jdbc.sql("""
                        select r.file_name, r.content_type, r.content
                          from expense_receipt r
                          join expense_claim e on e.id = r.expense_id and e.organisation_id = r.organisation_id
                         where r.organisation_id = :organisationId and e.person_id = :personId
                         order by r.expense_id, r.id""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, n) -> new Attachment("Receipt " + rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
    }

    private Table preferences(long organisationId, long personId) {
        List<List<String>> rows = jdbc.sql("""
                        select pp.choice, pp.recorded_at, coalesce(recorder.known_as, recorder.full_name) as recorded_by
                          from payment_preference pp
                          left join person recorder on recorder.id = pp.recorded_by_person_id and recorder.organisation_id = pp.organisation_id
                         where pp.organisation_id = :organisationId and pp.person_id = :personId
                         order by pp.recorded_at desc, pp.id desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, n) -> row(labels.of(PaymentChoice.valueOf(rs.getString("choice"))),
                        Dates.dateTime(rs.getTimestamp("recorded_at").toInstant()), rs.getString("recorded_by")))
                .list();
        return new Table("How you like to be paid (the newest choice counts)", List.of("Choice", "When", "Recorded by"), rows);
    }

    /** The ledger as the person's statement shows it: payments, and any corrections with the reason. */
    private Table ledger(long organisationId, long personId) {
        List<List<String>> rows = runs.statement(organisationId, personId).stream()
                .map(line -> row(Dates.date(line.paidOn()), kind(line), line.what(), Dates.date(line.day()), pounds(line.amountPence()),
                        line.reason()))
                .toList();
        return new Table("Payments to you, and corrections", List.of("Paid on", "What", "For", "Day", "Amount", "Why it was corrected"), rows);
    }

    private Table paymentRuns(long organisationId, long personId) {
        List<List<String>> rows = jdbc.sql("""
                        with theirs as (
                            select rc.run_id, c.amount_pence as fee, 0 as expense
                              from payment_run_claim rc
                              join fee_claim c on c.id = rc.claim_id and c.organisation_id = rc.organisation_id
                             where rc.organisation_id = :organisationId and c.person_id = :personId
                            union all
                            select re.run_id, 0, e.amount_pence
                              from payment_run_expense re
                              join expense_claim e on e.id = re.expense_id and e.organisation_id = re.organisation_id
                             where re.organisation_id = :organisationId and e.person_id = :personId)
                        select r.id, r.created_at, r.paid_on, r.paid_at, sum(t.fee) as fees, sum(t.expense) as expenses
                          from theirs t
                          join payment_run r on r.id = t.run_id and r.organisation_id = :organisationId
                         group by r.id, r.created_at, r.paid_on, r.paid_at
                         order by r.created_at desc, r.id desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, n) -> {
                    Date paidOn = rs.getDate("paid_on");
                    Timestamp paidAt = rs.getTimestamp("paid_at");
                    return row(String.valueOf(rs.getLong("id")), Dates.date(rs.getTimestamp("created_at").toInstant()),
                            paidOn == null ? "Not paid yet" : Dates.date(paidOn.toLocalDate()), pounds(rs.getLong("fees")),
                            pounds(rs.getLong("expenses")), paidAt == null ? "" : Dates.date(paidAt.toInstant()));
                })
                .list();
        return new Table("Payment runs that paid you", List.of("Payment run", "Made on", "Paid on", "Your fees in it", "Your expenses in it",
                "Statement emailed to you on"), rows);
    }

    private String kind(StatementLine line) {
        return switch (line.kind()) {
            case "FEE" -> "Fee for your time";
            case "VOUCHER" -> "Voucher for your time";
            case "EXPENSE" -> "Expenses paid back";
            default -> line.expense() ? "Correction to expenses paid back" : "Correction to a fee";
        };
    }

    private static String rate(long perHour, Long halfDay, Long day) {
        return pounds(perHour) + " an hour" + (halfDay == null ? "" : ", " + pounds(halfDay) + " a half day")
                + (day == null ? "" : ", " + pounds(day) + " a day");
    }

    private static String miles(Integer tenths, Integer pencePerMile) {
        return tenths == null ? "" : BigDecimal.valueOf(tenths, 1).toPlainString() + " at " + pencePerMile + "p a mile";
    }

    /** Always with pence, "£37.50" or "-£37.50", so that the spreadsheets line up. */
    static String pounds(long pence) {
        return (pence < 0 ? "-£" : "£") + Money.forForm(Math.abs(pence));
    }

    /** A row that may have empty cells. */
    static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }
}
