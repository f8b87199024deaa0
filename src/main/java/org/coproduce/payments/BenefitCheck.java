package org.coproduce.payments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * What a fee would do to a benefit with an earnings rule: it adds up the person's other fees in the same benefit week
 * or assessment period, puts this fee on top, and compares the total with the limit.
 */
final class BenefitCheck {

    /** At or above this share of a limit, a total is close enough to it to say so. */
    static final int NEAR_PERCENT = 80;

    /** A fee already approved or paid, on the day it was earned. */
    record Earning(LocalDate day, long pence) {
    }

    enum Outcome {
        /** Well under the limit. */
        FINE,
        /** Under the limit, but close to it. */
        NEAR,
        /** Over a cliff: the benefit for the period, or the benefit itself, is at risk. */
        OVER_CLIFF,
        /** Over a taper's allowance: the benefit goes down by a share of the amount over. */
        TAPERED
    }

    /**
     * @param earnedBefore the person's other fees in the same period
     * @param mostUnderLimit the biggest fee that keeps the total at or under the limit (never more than the fee)
     * @param keptPence for a taper, roughly what the person keeps of the fee once the benefit goes down; else the fee
     */
    record Verdict(BenefitLimit limit, LocalDate periodStart, LocalDate periodEnd, long earnedBefore, long fee, Outcome outcome,
            long mostUnderLimit, long keptPence) {

        long total() {
            return earnedBefore + fee;
        }

        boolean warns() {
            return outcome != Outcome.FINE;
        }

        boolean needsChoice() {
            return outcome == Outcome.OVER_CLIFF;
        }
    }

    private BenefitCheck() {
    }

    /**
     * The first day of the period a day falls in: the benefit week starting on a given weekday (1 Monday to 7 Sunday),
     * or the assessment period starting on a given day of the month (1 to 28).
     */
    static LocalDate periodStart(BenefitRule rule, int periodStarts, LocalDate day) {
        if (rule.period() == BenefitRule.Period.WEEK) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(periodStarts)));
        }
        LocalDate thisMonth = day.withDayOfMonth(periodStarts);
        return day.getDayOfMonth() >= periodStarts ? thisMonth : thisMonth.minusMonths(1);
    }

    static LocalDate periodEnd(BenefitRule rule, LocalDate start) {
        return rule.period() == BenefitRule.Period.WEEK ? start.plusDays(6) : start.plusMonths(1).minusDays(1);
    }

    static Verdict check(BenefitLimit limit, int periodStarts, LocalDate day, long fee, List<Earning> others) {
        LocalDate start = periodStart(limit.rule(), periodStarts, day);
        LocalDate end = periodEnd(limit.rule(), start);
        long before = others.stream().filter(e -> !e.day().isBefore(start) && !e.day().isAfter(end)).mapToLong(Earning::pence).sum();
        long total = before + fee;
        long mostUnder = Math.max(0, Math.min(fee, limit.limitPence() - before));
        Outcome outcome;
        long kept = fee;
        if (total <= limit.limitPence()) {
            outcome = total * 100 >= limit.limitPence() * NEAR_PERCENT && limit.limitPence() > 0 ? Outcome.NEAR : Outcome.FINE;
        } else if (limit.rule().cliff()) {
            outcome = Outcome.OVER_CLIFF;
        } else {
            outcome = Outcome.TAPERED;
            long over = total - Math.max(limit.limitPence(), before);
            long reduction = (over * limit.taperPercent() + 50) / 100;
            kept = fee - reduction;
        }
        return new Verdict(limit, start, end, before, fee, outcome, mostUnder, kept);
    }
}
