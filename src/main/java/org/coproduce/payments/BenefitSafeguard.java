package org.coproduce.payments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.Dates;
import org.coproduce.web.Labels;
import org.coproduce.web.Money;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Benefits-aware fees: before a fee is approved, it is checked against each benefit the person told us about, and
 * both the person and the coordinator are told in plain words what it would do. A fee that would go over a cliff is
 * not approved until the person has made an informed choice: the full fee, a smaller one, or none.
 */
@Service
@Transactional
public class BenefitSafeguard {

    private final BenefitsRepository benefits;
    private final BenefitLimits limits;
    private final PaymentsRepository claims;
    private final Labels labels;
    private final JdbcClient jdbc;
    private final MoneyAudit audit;

    BenefitSafeguard(BenefitsRepository benefits, BenefitLimits limits, PaymentsRepository claims, Labels labels, JdbcClient jdbc,
            MoneyAudit audit) {
        this.benefits = benefits;
        this.limits = limits;
        this.claims = claims;
        this.labels = labels;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Warnings for each claim that has any, by claim. */
    @Transactional(readOnly = true)
    public Map<Long, List<BenefitWarning>> warnings(long organisationId, List<FeeClaim> feeClaims) {
        Map<Long, List<BenefitsRepository.Recorded>> recorded = new HashMap<>();
        Map<Long, List<BenefitWarning>> all = new HashMap<>();
        List<BenefitLimits.Figure> figures = null;
        for (FeeClaim claim : feeClaims) {
            List<BenefitsRepository.Recorded> theirs = recorded.computeIfAbsent(claim.personId(),
                    person -> benefits.recorded(organisationId, person));
            if (theirs.isEmpty()) {
                continue;
            }
            if (figures == null) {
                figures = limits.all(organisationId);
            }
            List<BenefitWarning> warnings = warnings(organisationId, claim, theirs, figures);
            if (!warnings.isEmpty()) {
                all.put(claim.id(), warnings);
            }
        }
        return all;
    }

    /**
     * Approves a fee, unless it would take the person over a cliff without their informed choice. Decisions about the
     * same person are taken one at a time, so two fees approved at once cannot together go over a limit unseen.
     */
    public void approve(CurrentUser by, long claimId) {
        FeeClaim claim = claims.claim(by.organisationId(), claimId).orElseThrow(NotFoundException::new);
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", claim.personId()).query().singleRow();
        List<BenefitWarning> warnings = warnings(by.organisationId(), claim, benefits.recorded(by.organisationId(), claim.personId()),
                limits.all(by.organisationId()));
        if (warnings.stream().anyMatch(BenefitWarning::needsChoice)) {
            throw new Refused(claim.personName() + " needs to choose what to do about this fee before it can be approved, because it would take"
                    + " them over a benefit limit. Talk it through with them, then record their choice");
        }
        if (!claims.decide(by.organisationId(), claimId, ClaimStatus.APPROVED, null, by.personId())) {
            throw new Refused("That claim has already been decided, or is not one of yours to decide");
        }
        audit.feeDecided(by, claim, ClaimStatus.APPROVED, null);
    }

    /**
     * Records the person's informed choice about a fee over a limit, made by them or with them by a coordinator, and
     * applies it: a smaller fee, or no fee.
     */
    public void choose(CurrentUser by, long claimId, BenefitChoice choice, boolean onTheirBehalf) {
        FeeClaim claim = claims.claim(by.organisationId(), claimId).orElseThrow(NotFoundException::new);
        if (!onTheirBehalf && claim.personId() != by.personId()) {
            throw new NotFoundException();
        }
        List<BenefitWarning> over = warnings(by.organisationId(), claim, benefits.recorded(by.organisationId(), claim.personId()),
                limits.all(by.organisationId())).stream()
                .filter(BenefitWarning::over).toList();
        if (over.isEmpty()) {
            throw new Refused("This fee does not go over a benefit limit, so there is nothing to choose");
        }
        long after = switch (choice) {
            case FULL -> claim.amountPence();
            case SMALLER -> over.stream().mapToLong(BenefitWarning::smallerPence).min().orElse(0);
            case NO_FEE -> 0;
        };
        if (choice == BenefitChoice.SMALLER && after == 0) {
            throw new Refused("No fee keeps the earnings under the limit that week, because other fees already reach it. Choose the full fee or no fee");
        }
        PaymentChoice paid = choice == BenefitChoice.NO_FEE ? PaymentChoice.EXPENSES_ONLY : claim.choice();
        if (!benefits.applyChoice(by.organisationId(), claimId, choice == BenefitChoice.NO_FEE ? claim.amountPence() : after, paid)) {
            throw new Refused("This fee has already been approved, so the choice cannot be changed here");
        }
        String told = String.join(" ", over.stream().map(onTheirBehalf ? BenefitWarning::forCoordinator : BenefitWarning::forPerson).toList());
        benefits.recordChoice(by.organisationId(), claimId, choice, claim.amountPence(), after, told, by.personId(), onTheirBehalf);
        audit.benefitChoice(by, claim, choice, after, paid, onTheirBehalf);
    }

    private List<BenefitWarning> warnings(long organisationId, FeeClaim claim, List<BenefitsRepository.Recorded> recorded,
            List<BenefitLimits.Figure> figures) {
        if (claim.choice() == PaymentChoice.EXPENSES_ONLY || recorded.isEmpty()) {
            return List.of();
        }
        Optional<BenefitsRepository.Choice> choice = benefits.choice(organisationId, claim.id());
        List<BenefitCheck.Earning> earnings = benefits.earnings(organisationId, claim.personId(), claim.sessionDay().minusMonths(1).minusDays(7),
                claim.id());
        List<BenefitWarning> warnings = new ArrayList<>();
        for (BenefitsRepository.Recorded benefit : recorded) {
            Optional<BenefitLimit> limit = limitFor(figures, benefit, claim.sessionDay());
            if (limit.isEmpty()) {
                continue;
            }
            BenefitCheck.Verdict verdict = BenefitCheck.check(limit.get(), benefit.periodStarts(), claim.sessionDay(), claim.amountPence(), earnings);
            if (!verdict.warns()) {
                continue;
            }
            boolean chosenKnowingly = choice.filter(c -> c.choice() == BenefitChoice.FULL && c.feeAfterPence() == claim.amountPence()).isPresent();
            warnings.add(new BenefitWarning(claim.id(), verdict.outcome() == BenefitCheck.Outcome.OVER_CLIFF || verdict.outcome() == BenefitCheck.Outcome.TAPERED,
                    words(verdict, null), words(verdict, claim.personName()), verdict.needsChoice() && !chosenKnowingly,
                    verdict.outcome() == BenefitCheck.Outcome.OVER_CLIFF ? verdict.mostUnderLimit() : 0,
                    choice.map(c -> describe(c, claim.personName())).orElse(null)));
        }
        return warnings;
    }

    private static Optional<BenefitLimit> limitFor(List<BenefitLimits.Figure> figures, BenefitsRepository.Recorded benefit, LocalDate day) {
        Optional<BenefitLimit> usual = BenefitLimits.on(figures, benefit.rule(), day);
        if (benefit.ownLimitPence() == null) {
            return usual;
        }
        return Optional.of(new BenefitLimit(benefit.rule(), TaxYear.of(day), benefit.ownLimitPence(),
                usual.map(BenefitLimit::taperPercent).orElse(null), "their own limit", false, true));
    }

    /** The verdict in plain words: to the person when name is null, else about them. */
    String words(BenefitCheck.Verdict verdict, String name) {
        BenefitLimit limit = verdict.limit();
        String benefit = labels.of(limit.rule());
        String who = name == null ? "you" : name;
        String whose = name == null ? "your" : name + "'s";
        String period = limit.rule().period() == BenefitRule.Period.WEEK
                ? "the week of " + range(verdict.periodStart(), verdict.periodEnd())
                : "the month from " + range(verdict.periodStart(), verdict.periodEnd());
        String per = limit.rule().period() == BenefitRule.Period.WEEK ? " a week" : " a month";
        String limitName = (limit.ownLimit() ? (name == null ? "your own limit of " : "their own limit of ") : "the " + benefit + " limit of ")
                + Money.pounds(limit.limitPence()) + per;
        StringBuilder text = new StringBuilder("With this fee, ").append(whose).append(" earnings in ").append(period).append(" would be ")
                .append(Money.pounds(verdict.total())).append(". ");
        switch (verdict.outcome()) {
            case NEAR -> text.append("That is close to ").append(limitName).append(".");
            case OVER_CLIFF -> text.append("That is over ").append(limitName).append(", so ").append(who).append(" would ")
                    .append(labels.text("BenefitRule." + limit.rule().name() + ".over")).append(".")
                    .append(verdict.mostUnderLimit() > 0 ? " A fee of " + Money.pounds(verdict.mostUnderLimit()) + " would stay under it." : "");
            case TAPERED -> text.append("That is over ").append(limitName).append(". ").append(capitalised(whose)).append(" ").append(benefit)
                    .append(" would go down by about ").append(limit.taperPercent()).append("p for each £1 over, so ").append(who)
                    .append(" would keep about ").append(Money.pounds(verdict.keptPence())).append(" of this ").append(Money.pounds(verdict.fee()))
                    .append(" fee.");
            default -> throw new IllegalStateException("No words for " + verdict.outcome());
        }
        if (limit.fromEarlierYear()) {
            text.append(" (This uses the ").append(limit.taxYearName()).append(" figure: the figure for this year has not been added yet.)");
        }
        return text.toString();
    }

    private String describe(BenefitsRepository.Choice choice, String name) {
        String how = choice.onTheirBehalf() ? " (recorded with them by a coordinator)" : "";
        return switch (choice.choice()) {
            case FULL -> name + " chose the full fee of " + Money.pounds(choice.feeAfterPence()) + ", knowing what it does" + how;
            case SMALLER -> name + " chose a smaller fee: " + Money.pounds(choice.feeAfterPence()) + " instead of "
                    + Money.pounds(choice.feeBeforePence()) + how;
            case NO_FEE -> name + " chose no fee for this session" + how;
        } + ", " + Dates.dateTime(choice.recordedAt()) + ".";
    }

    /** "2 to 8 November 2026", "28 October to 3 November 2026", or both dates in full across a new year. */
    static String range(LocalDate from, LocalDate to) {
        if (from.getYear() != to.getYear()) {
            return Dates.date(from) + " to " + Dates.date(to);
        }
        String month = from.getMonth() == to.getMonth() ? "" : " " + from.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
        return from.getDayOfMonth() + month + " to " + Dates.date(to);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
