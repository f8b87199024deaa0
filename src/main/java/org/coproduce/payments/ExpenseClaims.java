package org.coproduce.payments;

import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Making an expense claim: the claim and its receipts are saved together or not at all. */
@Service
@Transactional
class ExpenseClaims {

    private final ExpensesRepository expenses;

    ExpenseClaims(ExpensesRepository expenses) {
        this.expenses = expenses;
    }

    long claim(CurrentUser by, long personId, ExpenseForm.Checked claim, List<ReceiptFile> receipts) {
        long id = expenses.add(by.organisationId(), personId, claim.session(), claim.kind(), claim.spentOn(), claim.description(),
                claim.milesTenths(), claim.pencePerMile(), claim.amountPence(), by.personId());
        for (ReceiptFile receipt : receipts) {
            expenses.addReceipt(by.organisationId(), id, receipt);
        }
        return id;
    }
}
