package org.coproduce.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.projects.CoKind;
import org.coproduce.projects.CyclePhase;
import org.coproduce.projects.ProjectChanges;
import org.coproduce.projects.ProjectDetails;
import org.coproduce.projects.ProjectRole;
import org.coproduce.sessions.SessionAttended;
import org.coproduce.sessions.SessionDetails;
import org.coproduce.sessions.SessionKind;
import org.coproduce.sessions.Sessions;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@CoproduceTest
class FeeClaimsTest {

    static final LocalDate LAST_YEAR = LocalDate.now(Dates.LONDON).minusYears(1);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Sessions sessions;
    @Autowired ProjectChanges projects;
    @Autowired PaymentsRepository payments;
    @Autowired JdbcClient jdbc;
    @Autowired FailedEventPublications failedFollowOnWork;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    Organisation northshire;
    CurrentUser priya;
    CurrentUser jamie;
    long helen;
    long aisha;
    long project;
    long session;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        jamie = fixtures.partner(northshire);
        aisha = fixtures.person(northshire, PersonDetails.basic("Aisha Rahman", "Aisha", null, null, Set.of(InvolvementRole.FAMILY_CARER)));
        helen = fixtures.person(northshire, PersonDetails.basic("Helen Ward", "Helen", null, null, Set.of(InvolvementRole.COMMISSIONER)));
        project = projects.create(priya, new ProjectDetails("Day services review", "Find out what people want.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null));
        projects.addToTeam(priya, project, jamie.personId(), ProjectRole.MEMBER);
        projects.addToTeam(priya, project, aisha, ProjectRole.CO_LEAD);
        projects.addToTeam(priya, project, helen, ProjectRole.MEMBER);
        payments.addRate(northshire.id(), PaidActivity.ATTENDING, 2_500, 7_500L, 15_000L, 60, LAST_YEAR, priya.personId());
        payments.addRate(northshire.id(), PaidActivity.LEADING, 3_000, null, null, 60, LAST_YEAR, priya.personId());
        session = sessions.planForProject(priya, project, twoHoursLastWeek());
    }

    @Test
    void comingToASessionDraftsAFeeForEachPartnerButNotForStaff() {
        sessions.recordAttendance(priya, session, List.of(jamie.personId(), aisha, helen));

        List<FeeClaim> drafts = payments.claimsWithStatus(northshire.id(), ClaimStatus.DRAFT);
        assertThat(drafts).extracting(FeeClaim::personName).containsExactlyInAnyOrder("Jamie", "Aisha");
        FeeClaim jamies = drafts.stream().filter(c -> c.personId() == jamie.personId()).findFirst().orElseThrow();
        assertThat(jamies.activity()).isEqualTo(PaidActivity.ATTENDING);
        assertThat(jamies.amountPence()).isEqualTo(7_500);
        assertThat(jamies.timePaid()).isEqualTo("3 hours");
        FeeClaim aishas = drafts.stream().filter(c -> c.personId() == aisha).findFirst().orElseThrow();
        assertThat(aishas.activity()).isEqualTo(PaidActivity.LEADING);
        assertThat(aishas.amountPence()).isEqualTo(9_000);
    }

    @Test
    void someoneTakenOffTheAttendanceHasTheirDraftWithdrawnAndBackIfAddedAgain() {
        sessions.recordAttendance(priya, session, List.of(jamie.personId(), aisha));
        sessions.recordAttendance(priya, session, List.of(aisha));

        assertThat(payments.claimsWithStatus(northshire.id(), ClaimStatus.DRAFT)).extracting(FeeClaim::personName).containsExactly("Aisha");
        assertThat(payments.claimsWithStatus(northshire.id(), ClaimStatus.WITHDRAWN)).extracting(FeeClaim::personName).containsExactly("Jamie");

        sessions.recordAttendance(priya, session, List.of(aisha, jamie.personId()));
        assertThat(payments.claimsWithStatus(northshire.id(), ClaimStatus.DRAFT)).hasSize(2);
    }

    @Test
    void aPersonsUsualChoiceIsUsedAndTheyCanChangeItForOneSession() throws Exception {
        mvc.perform(post("/your-payments/preference").with(as(jamie)).with(csrf()).param("choice", "VOUCHER"))
                .andExpect(status().is3xxRedirection());
        sessions.recordAttendance(priya, session, List.of(jamie.personId()));
        FeeClaim claim = payments.claimsOf(northshire.id(), jamie.personId()).get(0);
        assertThat(claim.choice()).isEqualTo(PaymentChoice.VOUCHER);

        mvc.perform(post("/your-payments/" + claim.id() + "/choice").with(as(jamie)).with(csrf()).param("choice", "EXPENSES_ONLY"))
                .andExpect(status().is3xxRedirection());

        assertThat(payments.claimsOf(northshire.id(), jamie.personId()).get(0).choice()).isEqualTo(PaymentChoice.EXPENSES_ONLY);
        mvc.perform(get("/your-payments").with(as(jamie)))
                .andExpect(content().string(containsString("£75 for 3 hours. You chose: expenses only.")));
    }

    @Test
    void nobodyCanChangeTheChoiceOnSomeoneElsesClaim() throws Exception {
        sessions.recordAttendance(priya, session, List.of(jamie.personId(), aisha));
        long aishasClaim = payments.claimsOf(northshire.id(), aisha).get(0).id();

        mvc.perform(post("/your-payments/" + aishasClaim + "/choice").with(as(jamie)).with(csrf()).param("choice", "EXPENSES_ONLY"))
                .andExpect(status().isNotFound());
        assertThat(payments.claimsOf(northshire.id(), aisha).get(0).choice()).isEqualTo(PaymentChoice.PAY);
    }

    @Test
    void aRateWithMistakesIsExplainedAndTwoRatesCannotStartTheSameDay() throws Exception {
        mvc.perform(post("/payments/rates").with(as(priya)).with(csrf()).param("activity", "ATTENDING").param("perHour", "twenty")
                        .param("halfDay", "100").param("day", "50").param("preparation", "lots"))
                .andExpect(content().string(containsString("Enter the rate for an hour in pounds, like 25 or 27.50")))
                .andExpect(content().string(containsString("The day amount cannot be less than the half-day amount")))
                .andExpect(content().string(containsString("Enter preparation time in minutes")))
                .andExpect(content().string(containsString("Enter the day the rate starts")));
        mvc.perform(post("/payments/rates").with(as(priya)).with(csrf()).param("activity", "ATTENDING").param("perHour", "27.50")
                        .param("fromDay", String.valueOf(LAST_YEAR.getDayOfMonth())).param("fromMonth", String.valueOf(LAST_YEAR.getMonthValue()))
                        .param("fromYear", String.valueOf(LAST_YEAR.getYear())))
                .andExpect(content().string(containsString("already starts on that day")));
    }

    @Test
    void aNewRateAppliesToSessionsFromItsDayAndTheOldOneStaysForEarlierOnes() throws Exception {
        LocalDate today = LocalDate.now(Dates.LONDON);
        mvc.perform(post("/payments/rates").with(as(priya)).with(csrf()).param("activity", "ATTENDING").param("perHour", "30")
                        .param("fromDay", String.valueOf(today.getDayOfMonth())).param("fromMonth", String.valueOf(today.getMonthValue()))
                        .param("fromYear", String.valueOf(today.getYear())))
                .andExpect(status().is3xxRedirection());

        sessions.recordAttendance(priya, session, List.of(jamie.personId()));

        assertThat(payments.claimsOf(northshire.id(), jamie.personId()).get(0).amountPence()).isEqualTo(7_500);
        mvc.perform(get("/payments/rates").with(as(priya)))
                .andExpect(content().string(containsString("£30")))
                .andExpect(content().string(containsString("£25")));
    }

    @Test
    void ratesAndClaimsAreForCoordinatorsAndFinanceOnlyAndStayInTheirOrganisation() throws Exception {
        sessions.recordAttendance(priya, session, List.of(jamie.personId()));
        CurrentUser grace = fixtures.member(northshire, "Grace Adeyemi", "Grace", org.coproduce.accounts.Role.FINANCE);
        CurrentUser ruth = fixtures.coordinator(fixtures.organisation("Eastvale Carers"));

        mvc.perform(get("/payments/claims").with(as(grace))).andExpect(content().string(containsString("Design workshop")));
        mvc.perform(get("/payments/claims").with(as(jamie))).andExpect(status().isForbidden());
        mvc.perform(get("/payments/rates").with(as(jamie))).andExpect(status().isForbidden());
        mvc.perform(get("/payments/claims").with(as(ruth))).andExpect(content().string(not(containsString("Design workshop"))));
        mvc.perform(get("/payments/rates").with(as(ruth))).andExpect(content().string(not(containsString("£25"))));
    }

    @Test
    void aCoordinatorApprovesAClaimOnceOrAsksAQuestionThePersonCanRead() throws Exception {
        sessions.recordAttendance(priya, session, List.of(jamie.personId(), aisha));
        long jamies = payments.claimsOf(northshire.id(), jamie.personId()).get(0).id();
        long aishas = payments.claimsOf(northshire.id(), aisha).get(0).id();

        mvc.perform(post("/payments/claims/" + jamies + "/approve").with(as(priya)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/payments/claims/" + jamies + "/approve").with(as(priya)).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problem",
                        "That claim has already been decided, or is not one of yours to decide"));
        mvc.perform(post("/payments/claims/" + aishas + "/query").with(as(priya)).with(csrf()))
                .andExpect(content().string(containsString("Say what the question is, in words the person can understand")));
        mvc.perform(post("/payments/claims/" + aishas + "/query").with(as(priya)).with(csrf())
                        .param("reason-" + aishas, "Did you stay for the whole session?"))
                .andExpect(status().is3xxRedirection());

        assertThat(payments.claimsWithStatus(northshire.id(), ClaimStatus.APPROVED)).extracting(FeeClaim::id).containsExactly(jamies);
        assertThat(payments.claimsWithStatus(northshire.id(), ClaimStatus.QUERIED)).extracting(FeeClaim::queryReason)
                .containsExactly("Did you stay for the whole session?");
    }

    @Test
    void onlyCoordinatorsDecideClaimsAndOnlyTheirOwnOrganisations() throws Exception {
        sessions.recordAttendance(priya, session, List.of(jamie.personId()));
        long claim = payments.claimsOf(northshire.id(), jamie.personId()).get(0).id();
        CurrentUser grace = fixtures.member(northshire, "Grace Adeyemi", "Grace", org.coproduce.accounts.Role.FINANCE);
        CurrentUser ruth = fixtures.coordinator(fixtures.organisation("Eastvale Carers"));

        mvc.perform(post("/payments/claims/" + claim + "/approve").with(as(grace)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/payments/claims/" + claim + "/approve").with(as(jamie)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/payments/claims/" + claim + "/approve").with(as(ruth)).with(csrf())).andExpect(status().isNotFound());

        assertThat(payments.claimsOf(northshire.id(), jamie.personId()).get(0).status()).isEqualTo(ClaimStatus.DRAFT);
    }

    @Test
    void draftingThatFailsOnceIsDoneAgainAndDraftsEachClaimExactlyOnce() {
        // The first fee claim written after this fails, as a dropped connection or a deadlock would.
        jdbc.sql("create sequence fee_claim_failures").update();
        jdbc.sql("""
                create function fail_the_first_fee_claim() returns trigger language plpgsql as $$
                begin
                    if nextval('fee_claim_failures') = 1 then
                        raise exception 'the database went away for a moment';
                    end if;
                    return new;
                end $$""").update();
        jdbc.sql("create trigger fail_once before insert on fee_claim for each row execute function fail_the_first_fee_claim()").update();
        try {
            sessions.recordAttendance(priya, session, List.of(jamie.personId(), aisha, helen));
            assertThat(jdbc.sql("select last_value from fee_claim_failures").query(Long.class).single()).isEqualTo(1);

            failedFollowOnWork.resubmit(ResubmissionOptions.defaults());
            failedFollowOnWork.resubmit(ResubmissionOptions.defaults());
        } finally {
            jdbc.sql("drop trigger fail_once on fee_claim").update();
            jdbc.sql("drop function fail_the_first_fee_claim()").update();
            jdbc.sql("drop sequence fee_claim_failures").update();
        }

        assertThat(jdbc.sql("select p.known_as from fee_claim c join person p on p.id = c.person_id where c.session_id = :session")
                .param("session", session).query(String.class).list()).containsExactlyInAnyOrder("Jamie", "Aisha");
        assertThat(payments.claimsWithStatus(northshire.id(), ClaimStatus.DRAFT)).hasSize(2);
        assertThat(jdbc.sql("select count(*) from event_publication").query(Long.class).single())
                .as("follow-on work left undone").isZero();
    }

    @Test
    void draftingAgainLateChangesNothingAfterALaterRecordingOrAQuery() {
        sessions.recordAttendance(priya, session, List.of(jamie.personId(), aisha));
        var planned = sessions.find(northshire.id(), session).orElseThrow();
        SessionAttended first = new SessionAttended(northshire.id(), session, planned.startsAt(), planned.endsAt(), List.of(jamie.personId(), aisha));
        sessions.recordAttendance(priya, session, List.of(jamie.personId()));
        long jamies = payments.claimsOf(northshire.id(), jamie.personId()).get(0).id();
        payments.decide(northshire.id(), jamies, ClaimStatus.QUERIED, "Did you stay for the whole session?", priya.personId());

        transactions.executeWithoutResult(done -> events.publishEvent(first));

        assertThat(jdbc.sql("select status from fee_claim where session_id = :session and person_id = :aisha")
                .param("session", session).param("aisha", aisha).query(String.class).list()).containsExactly("WITHDRAWN");
        assertThat(payments.claimsOf(northshire.id(), jamie.personId())).singleElement().satisfies(claim -> {
            assertThat(claim.status()).isEqualTo(ClaimStatus.QUERIED);
            assertThat(claim.queryReason()).isEqualTo("Did you stay for the whole session?");
        });
    }

    private static SessionDetails twoHoursLastWeek() {
        Instant start = LocalDate.now(Dates.LONDON).minusWeeks(1).atTime(LocalTime.of(10, 0)).atZone(Dates.LONDON).toInstant();
        return new SessionDetails(SessionKind.WORKSHOP, "Design workshop", null, start, start.plus(Duration.ofHours(2)), "Room 2", null);
    }
}
