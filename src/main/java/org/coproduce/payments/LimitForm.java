package org.coproduce.payments;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Money;

/** A year's figure as a coordinator types it. */
public record LimitForm(BenefitRule rule, String taxYear, String limit, String taper) {

    BenefitsRepository.Entered check(List<FormErrors.Error> problems) {
        List<FormErrors.Error> found = new ArrayList<>();
        if (rule == null) {
            found.add(new FormErrors.Error("rule", "Choose the benefit"));
        }
        Integer year = null;
        try {
            year = taxYear == null ? null : Integer.valueOf(taxYear.strip().replaceAll("/.*", ""));
        } catch (NumberFormatException notANumber) {
            year = null;
        }
        if (year == null || year < 2000 || year > 2100) {
            found.add(new FormErrors.Error("taxYear", "Enter the year the tax year starts in, like 2026 for 2026/27"));
        }
        Long pence = Money.pence(limit);
        if (pence == null) {
            found.add(new FormErrors.Error("limit", "Enter the limit in pounds, like 196 or 195.50"));
        }
        Integer percent = null;
        if (rule != null && rule.taper()) {
            try {
                percent = taper == null ? null : Integer.valueOf(taper.strip().replace("p", "").replace("%", ""));
            } catch (NumberFormatException notANumber) {
                percent = null;
            }
            if (percent == null || percent < 1 || percent > 100) {
                found.add(new FormErrors.Error("taper", "Enter how many pence of each £1 over the allowance the benefit goes down by, like 55"));
            }
        }
        problems.addAll(found);
        return found.isEmpty() ? new BenefitsRepository.Entered(rule, year, pence, percent, "Entered by your organisation") : null;
    }
}
