package org.coproduce.payments;

import java.util.Optional;
import org.coproduce.accounts.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benefits with an earnings rule a person told us about, added, changed or removed by them or by a coordinator,
 * each written to the audit log in the same transaction, with what it was before and after.
 */
@Service
@Transactional
class EarningsRules {

    private final BenefitsRepository benefits;
    private final MoneyAudit audit;

    EarningsRules(BenefitsRepository benefits, MoneyAudit audit) {
        this.benefits = benefits;
        this.audit = audit;
    }

    void record(CurrentUser by, long personId, BenefitsRepository.Recorded rule) {
        BenefitsRepository.Recorded before = find(by, personId, rule.rule()).orElse(null);
        benefits.record(by.organisationId(), personId, rule, by.personId());
        audit.earningsRule(by, personId, before, rule);
    }

    void remove(CurrentUser by, long personId, BenefitRule rule) {
        Optional<BenefitsRepository.Recorded> before = find(by, personId, rule);
        benefits.remove(by.organisationId(), personId, rule);
        before.ifPresent(removed -> audit.earningsRule(by, personId, removed, null));
    }

    private Optional<BenefitsRepository.Recorded> find(CurrentUser by, long personId, BenefitRule rule) {
        return benefits.recorded(by.organisationId(), personId).stream().filter(r -> r.rule() == rule).findFirst();
    }
}
