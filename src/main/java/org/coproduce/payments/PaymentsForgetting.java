package org.coproduce.payments;

import static org.coproduce.personaldata.Forgetting.count;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.personaldata.PersonRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Money paid is kept, as finance rules require, without the person's name: the register takes the name away from
 * every claim, receipt and ledger entry at once. What they told us about benefits goes; so do the words they were
 * shown about a benefits choice, though the choice stays because it explains the fee paid.
 */
@Component
@Order(Forgetting.BEFORE_THE_REGISTER)
class PaymentsForgetting implements Forgetting {

    private static final String FINANCE_RULES = "Records of money paid are kept for six years after the end of the tax year, "
            + "as HMRC requires. They stay without the person's name";

    private final JdbcClient jdbc;

    PaymentsForgetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Consequence> plan(long organisationId, long personId) {
        PersonRows rows = new PersonRows(jdbc, organisationId, personId);
        List<Consequence> plan = new ArrayList<>();
        int fees = rows.count("fee_claim", "person_id");
        int expenses = rows.count("expense_claim", "person_id");
        int payments = rows.count("ledger_entry", "person_id");
        if (fees + expenses + payments > 0) {
            plan.add(Consequence.kept(count(fees, "fee claim", "fee claims") + ", " + count(expenses, "expense claim with its receipts",
                    "expense claims with their receipts") + " and " + count(payments, "payment", "payments"), FINANCE_RULES));
        }
        int rules = rows.count("person_earnings_rule", "person_id");
        if (rules > 0) {
            plan.add(Consequence.deleted(count(rules, "benefit they told us about", "benefits they told us about")));
        }
        int choices = rows.countWhere("""
                select count(*) from benefit_choice b join fee_claim c on c.id = b.claim_id and c.organisation_id = b.organisation_id
                 where b.organisation_id = :organisationId and c.person_id = :personId
                """);
        if (choices > 0) {
            plan.add(Consequence.anonymised(count(choices, "choice about a fee because of benefits", "choices about fees because of benefits"),
                    "The choice stays because it explains the fee paid; the words about their benefits go"));
        }
        int preferences = rows.count("payment_preference", "person_id");
        if (preferences > 0) {
            plan.add(Consequence.deleted("How they like to be paid"));
        }
        return plan;
    }

    @Override
    public void erase(long organisationId, long personId) {
        PersonRows rows = new PersonRows(jdbc, organisationId, personId);
        rows.delete("person_earnings_rule", "person_id");
        rows.delete("payment_preference", "person_id");
        rows.update("""
                update benefit_choice b set told = 'Erased at their request'
                  from fee_claim c
                 where c.id = b.claim_id and c.organisation_id = b.organisation_id
                   and b.organisation_id = :organisationId and c.person_id = :personId
                """);
    }
}
