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

/** Who looked at someone's benefits, and who changed money, as the audit log keeps it. */
@CoproduceTest
class MoneyAuditTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Sessions sessions;
    @Autowired ProjectChanges projects;
    @Autowired Payments payments;
    @Autowired PaymentsRepository claims;
    @Autowired PaymentRuns runs;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;
    CurrentUser grace;
    CurrentUser jamie;
    long project;
    LocalDate lastMonday = LocalDate.now(Dates.LONDON).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        grace = fixtures.member(northshire, "Grace Adeyemi", "Grace", Role.FINANCE);
        jamie = fixtures.member(northshire, "Jamie Lee", "Jamie", Role.PARTNER);
        payments.addRate(priya, PaidActivity.ATTENDING, 25_00, null, null, 0, LocalDate.now().minusYears(2));
        project = projects.create(priya, new ProjectDetails("Day services review", "Find out what people want.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null));
        projects.addToTeam(priya, project, jamie.personId(), ProjectRole.MEMBER);
    }

    @Test
    void aCoordinatorOpeningSomeonesBenefitsPageIsRecordedButThePersonOpeningTheirOwnIsNot() throws Exception {
        page("/payments/people/" + jamie.personId() + "/benefits", priya);
        assertThat(count("VIEWED", "BENEFITS")).as("nothing recorded, so nothing shown").isZero();

        tellsOfCarersAllowance(100);
        page("/payments/people/" + jamie.personId() + "/benefits", priya);
        page("/your-payments/benefits", jamie);

        assertThat(count("VIEWED", "BENEFITS")).isEqualTo(1);
        assertThat(page("/privacy/audit-log?topic=BENEFITS", priya)).contains("Benefits: looked at by Priya")
                .contains("About Jamie Lee.").contains("On their benefits page");
    }

    @Test
    void addingChangingAndRemovingABenefitWithAnEarningsRuleIsRecordedWithBeforeAndAfter() throws Exception {
        tellsOfCarersAllowance(100);
        mvc.perform(post("/payments/people/" + jamie.personId() + "/benefits").with(as(priya)).with(csrf())
                .param("rule", "CARERS_ALLOWANCE").param("ownLimit", "120").param("weekStarts", "1"));
        mvc.perform(post("/your-payments/benefits/remove").with(as(jamie)).with(csrf()).param("rule", "CARERS_ALLOWANCE"));

        assertThat(count("ADDED", "BENEFITS")).isEqualTo(1);
        assertThat(count("CHANGED", "BENEFITS")).isEqualTo(1);
        assertThat(count("REMOVED", "BENEFITS")).isEqualTo(1);
        assertThat(page("/privacy/audit-log?topic=BENEFITS", priya))
                .contains("Benefits: added by Jamie").contains("Their benefit with an earnings rule: Carer's Allowance")
                .contains("was \"£100 a week\"").contains("now \"£120 a week\"").contains("Benefits: removed by Jamie");
    }

    @Test
    void benefitWarningsOnTheClaimsPageAreRecordedForEachPersonWarnedAboutAndFinanceSeesNone() throws Exception {
        tellsOfCarersAllowance(50);
        attend(lastMonday, 3);

        page("/payments/claims", grace);
        assertThat(count("VIEWED", "BENEFITS")).isZero();

        assertThat(page("/payments/claims", priya)).contains("Jamie would lose all of that week");
        assertThat(count("VIEWED", "BENEFITS")).isEqualTo(1);
        assertThat(page("/privacy/audit-log?topic=BENEFITS", priya)).contains("About Jamie Lee.").contains("On the claims page");
    }

    @Test
    void aChoiceAboutAFeeOverALimitIsRecordedAsBenefitsAndTheSmallerFeeAsMoney() throws Exception {
        tellsOfCarersAllowance(50);
        FeeClaim claim = attend(lastMonday, 3);

        mvc.perform(post("/your-payments/" + claim.id() + "/benefits-choice").with(as(jamie)).with(csrf()).param("choice", "SMALLER"));

        assertThat(count("ADDED", "BENEFITS")).isEqualTo(2);
        String log = page("/privacy/audit-log?person=Jamie", priya);
        assertThat(log).contains("Their choice about a fee over a benefit limit, for Workshop on " + lastMonday)
                .contains("now \"Take a smaller fee that stays under the limit\"").contains("Fee after").contains("now \"£50\"")
                .contains("Money: changed by Jamie").contains("was \"£75\"");
    }

    @Test
    void approvingAndQueryingFeesAndExpensesIsRecordedWithTheirStatusBeforeAndAfter() throws Exception {
        FeeClaim first = attend(lastMonday, 3);
        FeeClaim second = attend(lastMonday.plusDays(1), 2);
        long expense = payments.claimCost(priya, jamie.personId(), first.sessionId(), ExpenseKind.CARE_COVER, lastMonday, "A sitter", 30_00);

        mvc.perform(post("/payments/claims/" + first.id() + "/approve").with(as(priya)).with(csrf())).andExpect(flash().attributeExists("notice"));
        mvc.perform(post("/payments/claims/" + second.id() + "/query").with(as(priya)).with(csrf())
                .param("reason-" + second.id(), "Did you stay for the whole workshop?"));
        mvc.perform(post("/payments/expenses/" + expense + "/approve").with(as(priya)).with(csrf()));
        mvc.perform(post("/payments/expenses/" + expense + "/approve").with(as(priya)).with(csrf()))
                .andExpect(flash().attributeExists("problem"));

        assertThat(count("CHANGED", "MONEY")).isEqualTo(3);
        assertThat(page("/privacy/audit-log?topic=MONEY", priya))
                .contains("Their fee of £75 for Workshop on " + lastMonday).contains("was \"Draft\"").contains("now \"Approved\"")
                .contains("now \"Queried\"").contains("now \"Did you stay for the whole workshop?\"")
                .contains("Their expenses of £30 for A sitter");
    }

    @Test
    void aRunMarkedPaidIsRecordedOnceForEachPersonWithAmountsInPoundsAndSoIsAReversal() throws Exception {
        CurrentUser aisha = fixtures.member(northshire, "Aisha Khan", "Aisha", Role.PARTNER);
        projects.addToTeam(priya, project, aisha.personId(), ProjectRole.MEMBER);
        Instant start = lastMonday.atTime(LocalTime.of(10, 0)).atZone(Dates.LONDON).toInstant();
        long session = sessions.planForProject(priya, project, new SessionDetails(SessionKind.WORKSHOP, "Design workshop", null, start,
                start.plus(Duration.ofHours(2)), "Room 2", null));
        sessions.recordAttendance(priya, session, List.of(jamie.personId(), aisha.personId()));
        claims.claimsWithStatus(northshire.id(), ClaimStatus.DRAFT).forEach(c -> claims.decide(northshire.id(), c.id(), ClaimStatus.APPROVED, null, priya.personId()));
        payments.approveExpense(priya, payments.claimMileage(priya, jamie.personId(), session, lastMonday, "Home and back", 100));

        long run = runs.createRun(grace);
        runs.markPaid(grace, run, LocalDate.now(Dates.LONDON));
        long entry = jdbc.sql("select min(id) from ledger_entry where run_id = :run").param("run", run).query(Long.class).single();
        runs.reverse(grace, entry, "Paid to the wrong person");

        assertThat(count("ADDED", "MONEY")).isEqualTo(1 + 1 + 1);
        String log = page("/privacy/audit-log?topic=MONEY&by=Grace", priya);
        assertThat(log).contains("About Jamie Lee.").contains("About Aisha Khan.")
                .contains("Paid in payment run " + run + " on " + Dates.date(LocalDate.now(Dates.LONDON)))
                .contains("now \"£54.50\"").contains("For their time").contains("now \"£4.50\"")
                .contains("Design workshop, " + Dates.date(lastMonday) + ": £50")
                .contains("A payment reversed, from payment run " + run).contains("now \"Paid to the wrong person\"");
    }

    @Test
    void changesToTheRateCardAndTheMileageRateAreRecordedAboutNoOne() throws Exception {
        mvc.perform(post("/payments/rates").with(as(grace)).with(csrf()).param("activity", "ATTENDING").param("perHour", "30")
                .param("preparation", "60").param("fromDay", "1").param("fromMonth", "4").param("fromYear", "2030"));
        mvc.perform(post("/payments/mileage").with(as(grace)).with(csrf()).param("pence", "50"));

        assertThat(jdbc.sql("""
                        select count(*) from audit_event where organisation_id = :org and topic = 'MONEY' and action = 'CHANGED'
                          and person_id is null""")
                .param("org", northshire.id()).query(Integer.class).single()).isEqualTo(2);
        assertThat(page("/privacy/audit-log?topic=MONEY", priya)).contains("Money: changed by Grace")
                .contains("The rate for preparing for and coming to a session, from 1 April 2030")
                .contains("was \"£25\"").contains("now \"£30\"").contains("was \"45p\"").contains("now \"50p\"");
    }

    private void tellsOfCarersAllowance(int ownLimitPounds) throws Exception {
        mvc.perform(post("/your-payments/benefits").with(as(jamie)).with(csrf())
                .param("rule", "CARERS_ALLOWANCE").param("ownLimit", String.valueOf(ownLimitPounds)).param("weekStarts", "1"));
    }

    private FeeClaim attend(LocalDate day, int hours) {
        Instant start = day.atTime(LocalTime.of(10, 0)).atZone(Dates.LONDON).toInstant();
        long session = sessions.planForProject(priya, project, new SessionDetails(SessionKind.WORKSHOP, "Workshop on " + day, null, start,
                start.plus(Duration.ofHours(hours)), "Room 2", null));
        sessions.recordAttendance(priya, session, List.of(jamie.personId()));
        return claims.claimsOf(northshire.id(), jamie.personId()).stream().filter(c -> c.sessionId() == session).findFirst().orElseThrow();
    }

    private int count(String action, String topic) {
        return jdbc.sql("select count(*) from audit_event where organisation_id = :org and action = :action and topic = :topic")
                .param("org", northshire.id()).param("action", action).param("topic", topic).query(Integer.class).single();
    }

    private String page(String path, CurrentUser who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
