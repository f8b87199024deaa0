package org.coproduce.payments;

import org.coproduce.accounts.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator's questions about fees, and decisions about expenses, each written to the audit log in the same
 * transaction. Approving a fee goes through {@link BenefitSafeguard}, which checks it against benefit limits first.
 */
@Service
@Transactional
class ClaimDecisions {

    private final PaymentsRepository fees;
    private final ExpensesRepository expenses;
    private final MoneyAudit audit;

    ClaimDecisions(PaymentsRepository fees, ExpensesRepository expenses, MoneyAudit audit) {
        this.fees = fees;
        this.expenses = expenses;
        this.audit = audit;
    }

    /** @return false when the claim has already been decided, or is not the organisation's */
    boolean queryFee(CurrentUser by, long claimId, String question) {
        FeeClaim before = fees.claim(by.organisationId(), claimId).orElse(null);
        if (before == null || !fees.decide(by.organisationId(), claimId, ClaimStatus.QUERIED, question, by.personId())) {
            return false;
        }
        audit.feeDecided(by, before, ClaimStatus.QUERIED, question);
        return true;
    }

    /**
     * @param question why it is queried, or null to approve it
     * @return false when the expense has already been decided, or is not the organisation's
     */
    boolean decideExpense(CurrentUser by, long expenseId, ClaimStatus decision, String question) {
        ExpenseClaim before = expenses.expense(by.organisationId(), expenseId).orElse(null);
        if (before == null || !expenses.decide(by.organisationId(), expenseId, decision, question, by.personId())) {
            return false;
        }
        audit.expenseDecided(by, before, decision, question);
        return true;
    }
}
