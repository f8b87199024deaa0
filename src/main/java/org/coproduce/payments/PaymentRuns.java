package org.coproduce.payments;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.notifications.Email;
import org.coproduce.notifications.EmailKind;
import org.coproduce.notifications.Mailer;
import org.coproduce.organisations.Organisations;
import org.coproduce.people.Register;
import org.coproduce.web.Dates;
import org.coproduce.web.Money;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Refused;
import org.coproduce.web.SiteAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paying approved claims: a run gathers them, finance exports it and marks it paid, the ledger records each payment
 * once, and each person gets a statement. A mistake is corrected by a reversal, never by changing the ledger.
 */
@Service
@Transactional
public class PaymentRuns {

    private static final String ALREADY_PAID = "This run has already been marked as paid";

    private final PaymentRunRepository runs;
    private final Register register;
    private final Organisations organisations;
    private final Mailer mailer;
    private final MoneyAudit audit;
    private final SiteAddress site;

    PaymentRuns(PaymentRunRepository runs, Register register, Organisations organisations, Mailer mailer, MoneyAudit audit,
            SiteAddress site) {
        this.audit = audit;
        this.runs = runs;
        this.register = register;
        this.organisations = organisations;
        this.mailer = mailer;
        this.site = site;
    }

    /** Gathers every approved claim with a fee into a new run. */
    public long createRun(CurrentUser by) {
        return runs.createRun(by.organisationId(), by.personId())
                .orElseThrow(() -> new Refused("There are no approved claims waiting to be paid"));
    }

    /**
     * Marks a run paid on the day finance says the money was paid: each claim is written to the ledger once, however
     * many times or from however many places this is asked; then each person is sent a statement.
     *
     * @return how many claims were paid
     */
    public int markPaid(CurrentUser by, long runId, LocalDate paidOn) {
        PaymentRun run = runs.run(by.organisationId(), runId).orElseThrow(NotFoundException::new);
        String problem = run.paid() ? ALREADY_PAID : run.problemWithPaidOn(paidOn, LocalDate.now(Dates.LONDON));
        if (problem != null) {
            throw new Refused(problem);
        }
        if (!runs.markPaid(by.organisationId(), runId, paidOn, by.personId())) {
            throw new Refused(ALREADY_PAID);
        }
        Map<Long, List<PaymentLine>> byPerson = new LinkedHashMap<>();
        int paid = 0;
        for (PaymentLine line : runs.lines(by.organisationId(), runId)) {
            boolean first = line.expense() ? runs.payExpense(by.organisationId(), line.id(), runId, by.personId())
                    : runs.pay(by.organisationId(), line.id(), runId, by.personId());
            if (first) {
                paid++;
                byPerson.computeIfAbsent(line.personId(), person -> new java.util.ArrayList<>()).add(line);
            }
        }
        audit.paid(by, runId, paidOn, byPerson);
        String organisation = organisations.get(by.organisationId()).name();
        byPerson.forEach((person, theirs) -> statement(by.organisationId(), person, theirs, paidOn, organisation));
        return paid;
    }

    /** Reverses a ledger entry with a reason, once. */
    public void reverse(CurrentUser by, long entryId, String reason) {
        LedgerEntry entry = runs.entry(by.organisationId(), entryId).orElseThrow(NotFoundException::new);
        if (entry.reversesEntryId() != null) {
            throw new Refused("A reversal cannot itself be reversed. Make a new claim instead");
        }
        if (!runs.reverse(by.organisationId(), entry, reason, by.personId())) {
            throw new Refused("This payment has already been reversed");
        }
        audit.reversed(by, entry, reason);
    }

    @Transactional(readOnly = true)
    public Optional<PaymentRun> run(long organisationId, long runId) {
        return runs.run(organisationId, runId);
    }

    private void statement(long organisationId, long personId, List<PaymentLine> lines, LocalDate paidOn, String organisation) {
        var person = register.find(organisationId, personId).filter(p -> p.email() != null);
        if (person.isEmpty()) {
            return;
        }
        long total = lines.stream().mapToLong(PaymentLine::amountPence).sum();
        StringBuilder fees = new StringBuilder();
        StringBuilder expenses = new StringBuilder();
        for (PaymentLine line : lines) {
            (line.expense() ? expenses : fees).append("- ").append(Money.pounds(line.amountPence()))
                    .append(line.type().equals("VOUCHER") ? " as a voucher" : "")
                    .append(" for ").append(line.description()).append(" on ").append(Dates.date(line.day())).append("\n");
        }
        StringBuilder what = new StringBuilder();
        if (!fees.isEmpty()) {
            what.append("For your time:\n").append(fees).append("\n");
        }
        if (!expenses.isEmpty()) {
            what.append("To pay you back for what you spent (expenses):\n").append(expenses).append("\n");
        }
        String body = """
                Hello %s,

                We paid you %s on %s.

                %sYou can see all your payments here: %s

                Thank you for taking part.

                %s
                """.formatted(person.get().displayName(), Money.pounds(total), Dates.date(paidOn),
                what, site.of("/your-payments"), organisation);
        mailer.send(EmailKind.PAYMENT_STATEMENT, organisationId, personId,
                new Email(person.get().email(), "We have paid you " + Money.pounds(total), body));
    }
}
