package org.coproduce.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.organisations.Organisation;
import org.coproduce.projects.CoKind;
import org.coproduce.projects.CyclePhase;
import org.coproduce.projects.ProjectChanges;
import org.coproduce.projects.ProjectDetails;
import org.coproduce.projects.ProjectRole;
import org.coproduce.sessions.SessionDetails;
import org.coproduce.sessions.SessionKind;
import org.coproduce.sessions.Sessions;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@CoproduceTest
class BenefitsAwareFeesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Sessions sessions;
    @Autowired ProjectChanges projects;
    @Autowired Payments rates;
    @Autowired PaymentsRepository claims;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;
    CurrentUser grace;
    CurrentUser jamie;
    CurrentUser aisha;
    long project;
    LocalDate lastMonday = LocalDate.now(Dates.LONDON).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        grace = fixtures.member(northshire, "Grace Adeyemi", "Grace", Role.FINANCE);
        jamie = fixtures.partner(northshire);
        aisha = fixtures.member(northshire, "Aisha Khan", "Aisha", Role.PARTNER);
        rates.addRate(priya, PaidActivity.ATTENDING, 25_00, null, null, 0, LocalDate.now().minusYears(2));
        project = projects.create(priya, new ProjectDetails("Day services review", "Find out what people want.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null));
        projects.addToTeam(priya, project, jamie.personId(), ProjectRole.MEMBER);
        projects.addToTeam(priya, project, aisha.personId(), ProjectRole.MEMBER);
    }

    @Test
    void aFeeOverACliffIsWarnedAboutAndNotApprovedUntilThePersonChoosesASmallerFee() throws Exception {
        mvc.perform(post("/your-payments/benefits").with(as(jamie)).with(csrf())
                .param("rule", "CARERS_ALLOWANCE").param("ownLimit", "100").param("weekStarts", "1"));
        FeeClaim monday = attend(jamie, lastMonday, 3);
        mvc.perform(post("/payments/claims/" + monday.id() + "/approve").with(as(priya)).with(csrf()))
                .andExpect(flash().attributeExists("notice"));
        FeeClaim wednesday = attend(jamie, lastMonday.plusDays(2), 3);

        String coordinatorSees = page("/payments/claims", priya);
        assertThat(coordinatorSees).contains("With this fee, Jamie's earnings in the week of " + BenefitSafeguard.range(lastMonday, lastMonday.plusDays(6)))
                .contains("would be £150. That is over their own limit of £100 a week, so Jamie would lose all of that week's Carer's Allowance")
                .contains("A fee of £25 would stay under it")
                .doesNotContain("/payments/claims/" + wednesday.id() + "/approve");
        mvc.perform(post("/payments/claims/" + wednesday.id() + "/approve").with(as(priya)).with(csrf()))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("Jamie needs to choose")));
        assertThat(claims.claim(northshire.id(), wednesday.id()).orElseThrow().status()).isEqualTo(ClaimStatus.DRAFT);

        assertThat(page("/your-payments", jamie)).contains("so you would lose all of that week's Carer's Allowance")
                .contains("Citizens Advice").contains("Take a smaller fee of £25");

        mvc.perform(post("/your-payments/" + wednesday.id() + "/benefits-choice").with(as(jamie)).with(csrf()).param("choice", "SMALLER"));
        assertThat(claims.claim(northshire.id(), wednesday.id()).orElseThrow().amountPence()).isEqualTo(25_00);
        mvc.perform(post("/payments/claims/" + wednesday.id() + "/approve").with(as(priya)).with(csrf()))
                .andExpect(flash().attributeExists("notice"));
        assertThat(claims.claim(northshire.id(), wednesday.id()).orElseThrow().status()).isEqualTo(ClaimStatus.APPROVED);
    }

    @Test
    void aCoordinatorRecordsTheFullFeeChoiceOnlyAfterSayingTheyTalkedItThroughAndTheRecordKeepsWhatWasSaid() throws Exception {
        mvc.perform(post("/payments/people/" + jamie.personId() + "/benefits").with(as(priya)).with(csrf())
                .param("rule", "OTHER_WEEKLY_LIMIT").param("ownLimit", "50").param("weekStarts", "1"));
        FeeClaim claim = attend(jamie, lastMonday, 3);

        mvc.perform(post("/payments/claims/" + claim.id() + "/benefits-choice").with(as(priya)).with(csrf()).param("choice", "FULL"))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("tick the box")));
        mvc.perform(post("/payments/claims/" + claim.id() + "/benefits-choice").with(as(priya)).with(csrf()).param("choice", "FULL")
                .param("talked", "yes"));
        mvc.perform(post("/payments/claims/" + claim.id() + "/approve").with(as(priya)).with(csrf()))
                .andExpect(flash().attributeExists("notice"));

        var recorded = jdbc.sql("select told, on_their_behalf, fee_after_pence from benefit_choice where claim_id = :id")
                .param("id", claim.id()).query().singleRow();
        assertThat((String) recorded.get("told")).contains("over their own limit of £50 a week");
        assertThat(recorded.get("on_their_behalf")).isEqualTo(true);
        assertThat(recorded.get("fee_after_pence")).isEqualTo(75_00L);
    }

    @Test
    void choosingNoFeeLeavesExpensesOnlyAndNothingToPay() throws Exception {
        mvc.perform(post("/your-payments/benefits").with(as(jamie)).with(csrf())
                .param("rule", "CARERS_ALLOWANCE").param("ownLimit", "20").param("weekStarts", "1"));
        FeeClaim claim = attend(jamie, lastMonday, 3);

        mvc.perform(post("/your-payments/" + claim.id() + "/benefits-choice").with(as(jamie)).with(csrf()).param("choice", "NO_FEE"));

        assertThat(claims.claim(northshire.id(), claim.id()).orElseThrow().choice()).isEqualTo(PaymentChoice.EXPENSES_ONLY);
        assertThat(page("/payments/claims", priya)).doesNotContain("Jamie's earnings");
    }

    @Test
    void aFeeCloseToThePublicLimitIsFlaggedAndSaysWhichYearsFigureItUses() throws Exception {
        mvc.perform(post("/your-payments/benefits").with(as(aisha)).with(csrf()).param("rule", "CARERS_ALLOWANCE").param("weekStarts", "1"));
        attend(aisha, lastMonday, 7);

        String seen = page("/payments/claims", priya);
        assertThat(seen).contains("would be £175. That is close to the Carer's Allowance limit of £196 a week.");
        if (TaxYear.of(lastMonday) > 2025) {
            assertThat(seen).contains("This uses the 2025/26 figure");
        }

        mvc.perform(post("/payments/benefit-limits").with(as(priya)).with(csrf()).param("rule", "CARERS_ALLOWANCE")
                .param("taxYear", String.valueOf(TaxYear.of(lastMonday))).param("limit", "170"));
        assertThat(page("/payments/claims", priya)).contains("That is over the Carer's Allowance limit of £170 a week")
                .doesNotContain("This uses the 2025/26 figure");
    }

    @Test
    void benefitsInformationIsSeenOnlyByThePersonAndCoordinatorsInTheirOwnOrganisation() throws Exception {
        mvc.perform(post("/your-payments/benefits").with(as(jamie)).with(csrf())
                .param("rule", "CARERS_ALLOWANCE").param("ownLimit", "60").param("weekStarts", "1"));
        FeeClaim claim = attend(jamie, lastMonday, 3);

        assertThat(page("/payments/claims", grace)).contains("Jamie").doesNotContain("Carer's Allowance").doesNotContain("earnings");
        mvc.perform(get("/payments/people/" + jamie.personId() + "/benefits").with(as(grace))).andExpect(status().isForbidden());
        mvc.perform(get("/payments/people/" + jamie.personId() + "/benefits").with(as(aisha))).andExpect(status().isForbidden());
        mvc.perform(post("/your-payments/" + claim.id() + "/benefits-choice").with(as(aisha)).with(csrf()).param("choice", "NO_FEE"))
                .andExpect(status().isNotFound());
        assertThat(page("/your-payments/benefits", aisha)).contains("Nothing recorded").doesNotContain("Own limit");

        CurrentUser eastvale = fixtures.coordinator(fixtures.organisation("Eastvale Carers"));
        mvc.perform(get("/payments/people/" + jamie.personId() + "/benefits").with(as(eastvale))).andExpect(status().isNotFound());
        mvc.perform(post("/payments/claims/" + claim.id() + "/benefits-choice").with(as(eastvale)).with(csrf()).param("choice", "NO_FEE")
                .param("talked", "yes")).andExpect(status().isNotFound());
        assertThat(page("/payments/people/" + jamie.personId() + "/benefits", priya)).contains("Own limit: £60 a week");
    }

    @Test
    void aBenefitNeedsALimitWhenThereIsNoPublicOneAndADayForItsPeriod() throws Exception {
        String page = mvc.perform(post("/your-payments/benefits").with(as(jamie)).with(csrf()).param("rule", "OTHER_WEEKLY_LIMIT")
                        .param("weekStarts", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("Enter the weekly limit an adviser or the benefits office gave you")
                .contains("Choose the day the benefit week starts");
        assertThat(mvc.perform(post("/your-payments/benefits").with(as(jamie)).with(csrf()).param("rule", "UC_WITH_HOUSING")
                        .param("monthStarts", "40"))
                .andReturn().getResponse().getContentAsString()).contains("Enter the day of the month, from 1 to 31");
    }

    private FeeClaim attend(CurrentUser who, LocalDate day, int hours) {
        Instant start = day.atTime(LocalTime.of(10, 0)).atZone(Dates.LONDON).toInstant();
        long session = sessions.planForProject(priya, project, new SessionDetails(SessionKind.WORKSHOP, "Workshop on " + day, null, start,
                start.plus(Duration.ofHours(hours)), "Room 2", null));
        sessions.recordAttendance(priya, session, List.of(who.personId()));
        return claims.claimsOf(northshire.id(), who.personId()).stream().filter(c -> c.sessionId() == session).findFirst().orElseThrow();
    }

    private String page(String path, CurrentUser who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
