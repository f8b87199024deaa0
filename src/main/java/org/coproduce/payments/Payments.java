package org.coproduce.payments;

import java.time.LocalDate;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules and the demo may do with payments. */
@Service
@Transactional
public class Payments {

    private final PaymentsRepository payments;
    private final ExpensesRepository expenses;
    private final ExpenseClaims expenseClaims;
    private final BenefitsRepository benefits;
    private final PaymentSettings settings;

    Payments(PaymentsRepository payments, ExpensesRepository expenses, ExpenseClaims expenseClaims, BenefitsRepository benefits,
            PaymentSettings settings) {
        this.payments = payments;
        this.expenses = expenses;
        this.expenseClaims = expenseClaims;
        this.benefits = benefits;
        this.settings = settings;
    }

    /** Adds a rate from a day on; earlier rates stay for earlier sessions. Amounts in pence. */
    public void addRate(CurrentUser by, PaidActivity activity, long perHourPence, Long halfDayPence, Long dayPence, int preparationMinutes,
            LocalDate from) {
        payments.addRate(by.organisationId(), activity, perHourPence, halfDayPence, dayPence, preparationMinutes, from, by.personId());
    }

    /** Fee claims not yet checked, oldest session first. */
    @Transactional(readOnly = true)
    public List<FeeClaim> feesToCheck(long organisationId) {
        return payments.claimsWithStatus(organisationId, ClaimStatus.DRAFT);
    }

    /**
     * Records, for someone who chose to tell, a benefit with an earnings rule.
     *
     * @param ownLimitPence their own limit when it differs from the public one, or null
     * @param periodStarts the weekday their benefit week starts (1 Monday to 7 Sunday), or the day of the month
     */
    public void recordEarningsRule(CurrentUser by, long personId, BenefitRule rule, Long ownLimitPence, int periodStarts) {
        benefits.record(by.organisationId(), personId, new BenefitsRepository.Recorded(rule, ownLimitPence, periodStarts), by.personId());
    }

    /** Claims mileage at the organisation's rate for someone, without a receipt. */
    public long claimMileage(CurrentUser by, long personId, Long sessionId, LocalDate day, String journey, int milesTenths) {
        int rate = settings.pencePerMile(by.organisationId());
        return expenseClaims.claim(by, personId, new ExpenseForm.Checked(ExpenseKind.MILEAGE, sessionId, day, journey, milesTenths, rate,
                Mileage.pence(milesTenths, rate)), List.of());
    }

    /** Claims a cost someone paid, without a receipt yet. */
    public long claimCost(CurrentUser by, long personId, Long sessionId, ExpenseKind kind, LocalDate day, String what, long amountPence) {
        return expenseClaims.claim(by, personId, new ExpenseForm.Checked(kind, sessionId, day, what, null, null, amountPence), List.of());
    }

    public void approveExpense(CurrentUser by, long expenseId) {
        expenses.decide(by.organisationId(), expenseId, ClaimStatus.APPROVED, null, by.personId());
    }
}
