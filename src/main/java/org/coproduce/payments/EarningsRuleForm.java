package org.coproduce.payments;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Money;

/**
 * A benefit's earnings rule as a person tells us: which rule, their own limit if it differs, and when their benefit
 * week or assessment period starts.
 */
public record EarningsRuleForm(BenefitRule rule, String ownLimit, String weekStarts, String monthStarts) {

    static EarningsRuleForm empty() {
        return new EarningsRuleForm(null, null, "1", "1");
    }

    BenefitsRepository.Recorded check(List<FormErrors.Error> problems) {
        List<FormErrors.Error> found = new ArrayList<>();
        if (rule == null) {
            found.add(new FormErrors.Error("rule", "Choose the benefit"));
        }
        Long own = null;
        if (ownLimit != null && !ownLimit.isBlank()) {
            own = Money.pence(ownLimit);
            if (own == null) {
                found.add(new FormErrors.Error("ownLimit", "Enter the limit in pounds, like 196 or 195.50, or leave it empty"));
            }
        } else if (rule != null && rule.needsOwnLimit()) {
            found.add(new FormErrors.Error("ownLimit", "Enter the weekly limit an adviser or the benefits office gave you"));
        }
        int starts = 1;
        if (rule != null && rule.period() == BenefitRule.Period.MONTH) {
            Integer day = number(monthStarts);
            if (day == null || day < 1 || day > 31) {
                found.add(new FormErrors.Error("monthStarts", "Enter the day of the month, from 1 to 31, like 14"));
            } else {
                // An assessment period starting on the 29th to the 31st is treated as starting on the 28th: close enough for a warning.
                starts = Math.min(day, 28);
            }
        } else if (rule != null) {
            Integer day = number(weekStarts);
            if (day == null || day < 1 || day > 7) {
                found.add(new FormErrors.Error("weekStarts", "Choose the day the benefit week starts"));
            } else {
                starts = day;
            }
        }
        problems.addAll(found);
        return found.isEmpty() ? new BenefitsRepository.Recorded(rule, own, starts) : null;
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
