package org.coproduce.payments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.Register;
import org.coproduce.privacy.AuditLog;
import org.coproduce.privacy.Topic;
import org.coproduce.web.Dates;
import org.coproduce.web.Labels;
import org.coproduce.web.Money;
import org.springframework.stereotype.Component;

/**
 * What payments write to the audit log, in words a reader of the log understands: amounts in pounds, and each entry
 * about the person by their full name in the register. Callers write in the same transaction as the change.
 */
@Component
class MoneyAudit {

    private final AuditLog audit;
    private final Register register;
    private final Labels labels;

    MoneyAudit(AuditLog audit, Register register, Labels labels) {
        this.audit = audit;
        this.register = register;
        this.labels = labels;
    }

    /** Someone's benefits, or a warning that reveals they get one, were shown: one entry for each person. */
    void benefitsShown(CurrentUser by, Collection<Long> personIds, String where) {
        audit.viewed(by, Topic.BENEFITS, personIds.stream().distinct().map(id -> subject(by, id, null)).toList(), where);
    }

    void feeDecided(CurrentUser by, FeeClaim claim, ClaimStatus decision, String question) {
        audit.changed(by, Topic.MONEY, subject(by, claim.personId(), claim.personName()),
                "Their fee of " + Money.pounds(claim.amountPence()) + " for " + session(claim),
                decision(claim.status(), claim.queryReason()), decision(decision, question));
    }

    void expenseDecided(CurrentUser by, ExpenseClaim expense, ClaimStatus decision, String question) {
        audit.changed(by, Topic.MONEY, subject(by, expense.personId(), expense.personName()),
                "Their expenses of " + Money.pounds(expense.amountPence()) + " for " + expense.description() + ", spent on "
                        + Dates.date(expense.spentOn()),
                decision(expense.status(), expense.queryReason()), decision(decision, question));
    }

    /**
     * A choice about a fee over a benefit limit says that the person gets that benefit; the fee it changes is money.
     */
    void benefitChoice(CurrentUser by, FeeClaim claim, BenefitChoice choice, long feeAfterPence, PaymentChoice paidAs,
            boolean onTheirBehalf) {
        AuditLog.Subject about = subject(by, claim.personId(), claim.personName());
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put("Choice", labels.of(choice));
        chosen.put("Fee before", Money.pounds(claim.amountPence()));
        chosen.put("Fee after", Money.pounds(feeAfterPence));
        chosen.put("Made with a coordinator", onTheirBehalf ? "yes" : "no");
        audit.added(by, Topic.BENEFITS, about, "Their choice about a fee over a benefit limit, for " + session(claim), chosen);
        // No fee keeps the amount on the claim and pays expenses only.
        long stored = choice == BenefitChoice.NO_FEE ? claim.amountPence() : feeAfterPence;
        audit.changed(by, Topic.MONEY, about, "Their fee for " + session(claim),
                fee(claim.amountPence(), claim.choice()), fee(stored, paidAs));
    }

    /** One entry for each person paid, with what they were paid for. */
    void paid(CurrentUser by, long runId, LocalDate paidOn, Map<Long, List<PaymentLine>> byPerson) {
        byPerson.forEach((personId, lines) -> {
            long fees = lines.stream().filter(line -> !line.expense()).mapToLong(PaymentLine::amountPence).sum();
            long expenses = lines.stream().filter(PaymentLine::expense).mapToLong(PaymentLine::amountPence).sum();
            Map<String, String> values = new LinkedHashMap<>();
            values.put("Total", Money.pounds(fees + expenses));
            if (fees > 0) {
                values.put("For their time", Money.pounds(fees));
            }
            if (expenses > 0) {
                values.put("Expenses", Money.pounds(expenses));
            }
            values.put("What for", lines.stream().map(line -> line.description() + ", " + Dates.date(line.day()) + ": "
                    + Money.pounds(line.amountPence()) + (line.type().equals("VOUCHER") ? " as a voucher" : line.expense() ? " expenses" : ""))
                    .collect(Collectors.joining("; ")));
            audit.added(by, Topic.MONEY, subject(by, personId, lines.get(0).personName()),
                    "Paid in payment run " + runId + " on " + Dates.date(paidOn), values);
        });
    }

    void reversed(CurrentUser by, LedgerEntry entry, String reason) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Payment reversed", Money.pounds(entry.amountPence()) + switch (entry.kind()) {
            case "VOUCHER" -> " for their time, as a voucher";
            case "EXPENSE" -> " expenses";
            default -> " for their time";
        });
        values.put("Reason", reason);
        audit.added(by, Topic.MONEY, subject(by, entry.personId(), entry.personName()),
                "A payment reversed" + (entry.runId() == null ? "" : ", from payment run " + entry.runId()), values);
    }

    void earningsRule(CurrentUser by, long personId, BenefitsRepository.Recorded before, BenefitsRepository.Recorded after) {
        AuditLog.Subject about = subject(by, personId, null);
        BenefitRule rule = after != null ? after.rule() : before.rule();
        String what = "Their benefit with an earnings rule: " + labels.of(rule);
        if (before == null) {
            audit.added(by, Topic.BENEFITS, about, what, rule(after));
        } else if (after == null) {
            audit.removed(by, Topic.BENEFITS, about, what, rule(before));
        } else {
            audit.changed(by, Topic.BENEFITS, about, what, rule(before), rule(after));
        }
    }

    /** A rate card is the organisation's, about no one: before is what the activity paid until the new rate starts. */
    void rateAdded(CurrentUser by, PayRate before, PayRate after) {
        audit.changedSetting(by, Topic.MONEY, "The rate for " + labels.of(after.activity()).toLowerCase(Locale.UK) + ", from "
                + Dates.date(after.effectiveFrom()), before == null ? Map.of() : rate(before), rate(after));
    }

    void mileageRate(CurrentUser by, int beforePence, int afterPence) {
        audit.changedSetting(by, Topic.MONEY, "The mileage rate, for driving their own car",
                Map.of("Per mile", beforePence + "p"), Map.of("Per mile", afterPence + "p"));
    }

    private AuditLog.Subject subject(CurrentUser by, long personId, String shownName) {
        return register.find(by.organisationId(), personId)
                .map(person -> new AuditLog.Subject(person.id(), person.fullName()))
                .orElseGet(() -> new AuditLog.Subject(personId, shownName));
    }

    private static String session(FeeClaim claim) {
        return claim.sessionTitle() + " on " + Dates.date(claim.sessionDay());
    }

    private Map<String, String> decision(ClaimStatus status, String question) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Status", labels.of(status));
        values.put("Question", question == null ? "" : question);
        return values;
    }

    private Map<String, String> fee(long pence, PaymentChoice paidAs) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Fee", Money.pounds(pence));
        values.put("How they are paid", labels.of(paidAs));
        return values;
    }

    private Map<String, String> rule(BenefitsRepository.Recorded benefit) {
        Map<String, String> values = new LinkedHashMap<>();
        String per = benefit.rule().period() == BenefitRule.Period.WEEK ? " a week" : " a month";
        values.put("Their own limit", benefit.ownLimitPence() == null ? "none" : Money.pounds(benefit.ownLimitPence()) + per);
        values.put("Starts on", benefit.rule().period() == BenefitRule.Period.WEEK
                ? "each " + DayOfWeek.of(benefit.periodStarts()).getDisplayName(TextStyle.FULL, Locale.UK)
                : "day " + benefit.periodStarts() + " of each month");
        return values;
    }

    private static Map<String, String> rate(PayRate rate) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("An hour", Money.pounds(rate.perHourPence()));
        values.put("Most for half a day", rate.halfDayPence() == null ? "no limit" : Money.pounds(rate.halfDayPence()));
        values.put("Most for a day", rate.dayPence() == null ? "no limit" : Money.pounds(rate.dayPence()));
        values.put("Preparation paid", rate.preparationMinutes() + " minutes");
        return values;
    }
}
