package org.coproduce.payments;

import static org.coproduce.payments.PaymentsPersonalData.pounds;
import static org.coproduce.payments.PaymentsPersonalData.row;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.web.Dates;
import org.coproduce.web.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The benefits-aware checks' part of someone's copy: the earnings rules they told us about, the warnings about their
 * fees not yet checked, and every choice they made about a fee over a limit, with what they were told.
 */
@Component
class BenefitsPersonalData implements PersonalData {

    private final BenefitsRepository benefits;
    private final BenefitSafeguard safeguard;
    private final PaymentsRepository claims;
    private final JdbcClient jdbc;
    private final Labels labels;

    BenefitsPersonalData(BenefitsRepository benefits, BenefitSafeguard safeguard, PaymentsRepository claims, JdbcClient jdbc, Labels labels) {
        this.benefits = benefits;
        this.safeguard = safeguard;
        this.claims = claims;
        this.jdbc = jdbc;
        this.labels = labels;
    }

    @Override
    public Part about(long organisationId, long personId) {
        List<List<String>> rules = benefits.recorded(organisationId, personId).stream()
                .map(rule -> row(labels.of(rule.rule()), rule.ownLimitPence() == null ? "The usual limit" : pounds(rule.ownLimitPence()),
                        periodStarts(rule.rule(), rule.periodStarts())))
                .toList();
        return Part.of("Your benefits and your fees",
                "You chose to tell us about benefits that have a limit on what you can earn. We keep what you told us so that we "
                        + "can warn you, before a fee is paid, if it could cost you some of your benefits, and so that a fee over "
                        + "a limit is paid only as you chose. We also keep what we told you and what you chose.",
                new Table("Benefits with an earnings limit you told us about",
                        List.of("Benefit", "Your limit", "When your week or month starts"), rules),
                warnings(organisationId, personId),
                choices(organisationId, personId));
    }

    /** The warnings as "Your payments" shows them now, for fees not yet checked. */
    private Table warnings(long organisationId, long personId) {
        List<FeeClaim> waiting = claims.claimsOf(organisationId, personId).stream()
                .filter(claim -> claim.status() == ClaimStatus.DRAFT || claim.status() == ClaimStatus.QUERIED).toList();
        Map<Long, List<BenefitWarning>> warnings = safeguard.warnings(organisationId, waiting);
        List<List<String>> rows = waiting.stream()
                .flatMap(claim -> warnings.getOrDefault(claim.id(), List.of()).stream()
                        .map(warning -> row(claim.sessionTitle(), Dates.date(claim.sessionDay()), pounds(claim.amountPence()),
                                warning.forPerson(), warning.choiceMade())))
                .toList();
        return new Table("Warnings about fees not checked yet", List.of("Session", "Day", "Fee", "What we tell you", "What was chosen"), rows);
    }

    private Table choices(long organisationId, long personId) {
        List<List<String>> rows = jdbc.sql("""
                        select s.title, s.starts_at, bc.choice, bc.fee_before_pence, bc.fee_after_pence, bc.told, bc.on_their_behalf,
                               bc.recorded_at, coalesce(recorder.known_as, recorder.full_name) as recorded_by
                          from benefit_choice bc
                          join fee_claim c on c.id = bc.claim_id and c.organisation_id = bc.organisation_id
                          join coproduction_session s on s.id = c.session_id and s.organisation_id = c.organisation_id
                          left join person recorder on recorder.id = bc.recorded_by_person_id and recorder.organisation_id = bc.organisation_id
                         where bc.organisation_id = :organisationId and c.person_id = :personId
                         order by bc.recorded_at desc, bc.id desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, n) -> row(rs.getString("title"), Dates.date(rs.getTimestamp("starts_at").toInstant()),
                        rs.getString("told"), labels.of(BenefitChoice.valueOf(rs.getString("choice"))),
                        pounds(rs.getLong("fee_before_pence")), pounds(rs.getLong("fee_after_pence")),
                        Dates.dateTime(rs.getTimestamp("recorded_at").toInstant()),
                        rs.getString("recorded_by") + (rs.getBoolean("on_their_behalf") ? ", with you" : "")))
                .list();
        return new Table("Choices about fees over a limit", List.of("Session", "Day", "What you were told", "What you chose",
                "Fee before", "Fee after", "When", "Recorded by"), rows);
    }

    private static String periodStarts(BenefitRule rule, int starts) {
        return rule.period() == BenefitRule.Period.WEEK && starts <= 7
                ? "Week starts on " + DayOfWeek.of(starts).getDisplayName(TextStyle.FULL, Locale.UK)
                : "Starts on day " + starts + " of the month";
    }
}
