package org.coproduce.demo;

import java.time.LocalDate;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.payments.BenefitChoice;
import org.coproduce.payments.BenefitRule;
import org.coproduce.payments.BenefitSafeguard;
import org.coproduce.payments.ExpenseKind;
import org.coproduce.payments.FeeClaim;
import org.coproduce.payments.PaymentRuns;
import org.coproduce.payments.Payments;
import org.coproduce.web.Dates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Northshire's payments so far. Fees are drafted once the demo's attendance is committed, so this runs after that:
 * the board meeting six weeks ago was paid today in the first payment run (Chloe, whose part-time job uses most of her
 * Carer's Allowance limit, chose a smaller fee); the listening event's fees are approved and waiting, except Chloe's,
 * which waits for her choice; the fees for the board meeting two weeks ago are still to check.
 */
@Component
@ConditionalOnProperty(name = "coproduce.demo.enabled", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DemoPayments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPayments.class);

    /** Set by the demo data when it has just been loaded into an empty database; otherwise there is nothing to do. */
    private Runnable northshire;

    private final Payments payments;
    private final BenefitSafeguard benefits;
    private final PaymentRuns runs;

    DemoPayments(Payments payments, BenefitSafeguard benefits, PaymentRuns runs) {
        this.payments = payments;
        this.benefits = benefits;
        this.runs = runs;
    }

    void loadNorthshireLater(CurrentUser priya, CurrentUser grace, long chloe, long jamie) {
        northshire = () -> loadNorthshire(priya, grace, chloe, jamie);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (northshire != null) {
            northshire.run();
            northshire = null;
        }
    }

    private void loadNorthshire(CurrentUser priya, CurrentUser grace, long chloe, long jamie) {
        LocalDate today = LocalDate.now(Dates.LONDON);
        payments.recordEarningsRule(priya, chloe, BenefitRule.CARERS_ALLOWANCE, 60_00L, 1);
        payments.recordEarningsRule(priya, jamie, BenefitRule.ESA_PERMITTED_WORK, null, 1);
        List<FeeClaim> toCheck = payments.feesToCheck(priya.organisationId());
        log.info("Demo payments: {} fees drafted from the demo's sessions", toCheck.size());

        for (FeeClaim fee : toCheck) {
            if (fee.sessionDay().isBefore(today.minusWeeks(5))) {
                if (fee.personId() == chloe) {
                    benefits.choose(priya, fee.id(), BenefitChoice.SMALLER, true);
                }
                benefits.approve(priya, fee.id());
                if (fee.personId() == jamie) {
                    payments.approveExpense(priya, payments.claimMileage(priya, jamie, fee.sessionId(), fee.sessionDay(),
                            "Home to County Hall and back", 84));
                }
            }
        }
        runs.markPaid(grace, runs.createRun(grace), today);

        for (FeeClaim fee : toCheck) {
            boolean listeningEvent = fee.sessionDay().isAfter(today.minusWeeks(5)) && fee.sessionDay().isBefore(today.minusWeeks(2).minusDays(3));
            if (listeningEvent && fee.personId() != chloe) {
                benefits.approve(priya, fee.id());
            }
            if (listeningEvent && fee.personId() == chloe) {
                payments.claimCost(priya, chloe, fee.sessionId(), ExpenseKind.CARE_COVER, fee.sessionDay(),
                        "A sitter for my son while I was at the listening event", 30_00);
            }
        }
    }
}
