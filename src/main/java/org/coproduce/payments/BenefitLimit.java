package org.coproduce.payments;

/**
 * A benefit's limit for a tax year, in pence a week or a month.
 *
 * @param taxYear the calendar year the tax year starts in
 * @param taperPercent for a taper, how many pence of each pound over the limit the benefit goes down by; else null
 * @param fromEarlierYear true when no figure was entered for the year asked about, so an earlier year's is used
 * @param ownLimit true when the person gave their own limit
 */
public record BenefitLimit(BenefitRule rule, int taxYear, long limitPence, Integer taperPercent, String source, boolean fromEarlierYear,
        boolean ownLimit) {

    public String taxYearName() {
        return TaxYear.name(taxYear);
    }
}
