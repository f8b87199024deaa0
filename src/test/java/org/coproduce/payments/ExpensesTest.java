package org.coproduce.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.notifications.InProcessMailServer;
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
import org.coproduce.web.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@CoproduceTest
class ExpensesTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Sessions sessions;
    @Autowired ProjectChanges projects;
    @Autowired ExpensesRepository expenses;
    @Autowired PaymentRuns payments;
    @Autowired InProcessMailServer mail;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;
    CurrentUser grace;
    CurrentUser jamie;
    CurrentUser aisha;
    long workshop;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        grace = fixtures.member(northshire, "Grace Adeyemi", "Grace", Role.FINANCE);
        jamie = fixtures.partner(northshire);
        aisha = fixtures.member(northshire, "Aisha Khan", "Aisha", Role.PARTNER);
        long project = projects.create(priya, new ProjectDetails("Day services review", "Find out what people want.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null));
        projects.addToTeam(priya, project, jamie.personId(), ProjectRole.MEMBER);
        projects.addToTeam(priya, project, aisha.personId(), ProjectRole.MEMBER);
        Instant start = Instant.now().minus(Duration.ofDays(3));
        workshop = sessions.planForProject(priya, project, new SessionDetails(SessionKind.WORKSHOP, "Design workshop", null, start,
                start.plus(Duration.ofMinutes(90)), "Room 2", null));
        sessions.recordAttendance(priya, workshop, List.of(jamie.personId()));
    }

    @Test
    void aPartnerClaimsMileageForASessionTheyCameToAtTheOrganisationsRateRoundedToTheNearestPenny() throws Exception {
        mvc.perform(claim(jamie, ExpenseKind.MILEAGE).param("session", String.valueOf(workshop)).param("miles", "12.5")
                        .param("description", "Home to the town hall and back"))
                .andExpect(redirectedUrl("/your-payments"));

        ExpenseClaim claim = expenses.of(northshire.id(), jamie.personId()).get(0);
        assertThat(claim.amountPence()).isEqualTo(563);
        assertThat(claim.milesWorking()).isEqualTo("12.5 miles at 45p a mile");
        assertThat(claim.sessionTitle()).isEqualTo("Design workshop");
        assertThat(claim.status()).isEqualTo(ClaimStatus.DRAFT);
        mvc.perform(get("/payments/claims").with(as(priya)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Home to the town hall and back")));
    }

    @Test
    void aReceiptIsSeenByThePersonCoordinatorsAndFinanceButNotByAnotherPartnerOrAnotherOrganisation() throws Exception {
        mvc.perform(claim(jamie, ExpenseKind.CARE_COVER).file(new MockMultipartFile("receipt", "sitter.png", "image/png", PNG))
                        .param("session", String.valueOf(workshop)).param("amount", "36").param("description", "Sitter for my mum"))
                .andExpect(redirectedUrl("/your-payments"));
        ExpenseClaim claim = expenses.of(northshire.id(), jamie.personId()).get(0);
        long receipt = claim.receipts().get(0).id();
        String path = "/expenses/" + claim.id() + "/receipts/" + receipt;

        mvc.perform(get("/your-payments" + path).with(as(jamie)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/payments" + path).with(as(priya))).andExpect(status().isOk());
        mvc.perform(get("/payments" + path).with(as(grace))).andExpect(status().isOk());
        mvc.perform(get("/your-payments" + path).with(as(aisha))).andExpect(status().isNotFound());
        mvc.perform(get("/payments" + path).with(as(aisha))).andExpect(status().isForbidden());

        Organisation eastvale = fixtures.organisation("Eastvale Carers");
        CurrentUser eastvaleCoordinator = fixtures.coordinator(eastvale);
        mvc.perform(get("/payments" + path).with(as(eastvaleCoordinator))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/payments/claims").with(as(eastvaleCoordinator))).andReturn().getResponse().getContentAsString())
                .doesNotContain("Sitter for my mum");
    }

    @Test
    void aFileThatIsNotAPhotoOrPdfIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        String page = mvc.perform(claim(jamie, ExpenseKind.FARES)
                        .file(new MockMultipartFile("receipt", "ticket.jpg", "image/jpeg", "<html>not a photo</html>".getBytes()))
                        .param("session", String.valueOf(workshop)).param("amount", "4.80").param("description", "Bus there and back"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("govuk-error-summary").contains("The receipt must be a photo (JPG or PNG) or a PDF")
                .contains("value=\"4.80\"").contains("Bus there and back");
        assertThat(expenses.of(northshire.id(), jamie.personId())).isEmpty();
    }

    @Test
    void badAmountsMilesAndSessionsGetPlainErrorsAndKeepWhatWasTyped() throws Exception {
        long otherSession = sessions.planForProject(priya, projects.create(priya, new ProjectDetails("Other work", "Other.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null)), new SessionDetails(SessionKind.WORKSHOP, "Not Jamie's", null,
                Instant.now().minus(Duration.ofDays(2)), Instant.now().minus(Duration.ofDays(2)).plus(Duration.ofHours(1)), null, null));

        assertThat(body(claim(jamie, ExpenseKind.FARES).param("amount", "four pounds").param("description", "Bus")))
                .contains("Enter how much you paid in pounds and pence, like 4.50").contains("value=\"four pounds\"");
        assertThat(body(claim(jamie, ExpenseKind.MILEAGE).param("miles", "3000").param("description", "A long way")))
                .contains("That is more than 1,000 miles");
        assertThat(body(claim(jamie, ExpenseKind.OTHER).param("session", String.valueOf(otherSession)).param("amount", "3")
                .param("description", "Parking")))
                .contains("Choose a session from the list");
        assertThat(body(claim(jamie, ExpenseKind.OTHER).param("amount", "3").param("description", "")))
                .contains("Enter the day you spent the money, or choose the session it was for").contains("Say what the money was for");
        assertThat(expenses.of(northshire.id(), jamie.personId())).isEmpty();
    }

    @Test
    void anApprovedExpenseIsPaidOnceInARunApartFromFeesAndTheStatementSaysSo() throws Exception {
        mvc.perform(claim(jamie, ExpenseKind.FARES).file(new MockMultipartFile("receipt", "ticket.pdf", "application/pdf", "%PDF-1.4 ticket".getBytes()))
                .param("session", String.valueOf(workshop)).param("amount", "6.40").param("description", "Train to the workshop and back"));
        long expense = expenses.of(northshire.id(), jamie.personId()).get(0).id();
        mvc.perform(post("/payments/expenses/" + expense + "/approve").with(as(priya)).with(csrf()))
                .andExpect(redirectedUrl("/payments/claims"));
        mvc.perform(post("/payments/expenses/" + expense + "/approve").with(as(priya)).with(csrf()))
                .andExpect(redirectedUrl("/payments/claims"));

        long run = payments.createRun(grace);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(mvc.perform(get("/payments/runs/" + run + ".csv").with(as(grace))).andReturn().getResponse()
                        .getContentAsString())).getRecords();
        CSVRecord row = rows.stream().filter(r -> r.get("payment_type").equals("EXPENSE")).findFirst().orElseThrow();
        assertThat(row.get("amount")).isEqualTo("6.40");
        assertThat(row.get("description")).isEqualTo("Train to the workshop and back");

        LocalDate today = LocalDate.now(Dates.LONDON);
        payments.markPaid(grace, run, today);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> payments.markPaid(grace, run, today)).isInstanceOf(Refused.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> payments.createRun(grace)).isInstanceOf(Refused.class);
        assertThat(jdbc.sql("select count(*) from ledger_entry where expense_id = :id and kind = 'EXPENSE'").param("id", expense)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(expenses.of(northshire.id(), jamie.personId()).get(0).status()).isEqualTo(ClaimStatus.PAID);
        assertThat(payments.run(northshire.id(), run).orElseThrow().expensesPence()).isEqualTo(640);
        assertThat(mail.latestTo(jamie.email()).orElseThrow().body())
                .contains("To pay you back for what you spent (expenses):")
                .contains("£6.40 for Train to the workshop and back");
    }

    @Test
    void theMileageRateIsTheOrganisationsOwnAndABadOneIsExplainedNextToTheField() throws Exception {
        String page = mvc.perform(post("/payments/mileage").with(as(priya)).with(csrf()).param("pence", "lots"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("Enter the mileage rate as a whole number of pence from 0 to 200")
                .contains("value=\"lots\"");

        mvc.perform(post("/payments/mileage").with(as(priya)).with(csrf()).param("pence", "40")).andExpect(redirectedUrl("/payments/rates"));
        mvc.perform(claim(jamie, ExpenseKind.MILEAGE).param("session", String.valueOf(workshop)).param("miles", "10")
                .param("description", "Home to the hub and back"));

        assertThat(expenses.of(northshire.id(), jamie.personId()).get(0).amountPence()).isEqualTo(400);
    }

    @Test
    void anExpenseWaitingPastThePromiseIsFlaggedFromTheDayItWasClaimed() throws Exception {
        mvc.perform(post("/payments/promise").with(as(priya)).with(csrf()).param("days", "7"));
        mvc.perform(claim(jamie, ExpenseKind.OTHER).param("spentDay", "1").param("spentMonth", "1").param("spentYear",
                String.valueOf(java.time.LocalDate.now().getYear())).param("amount", "5").param("description", "Parking"));
        String home = mvc.perform(get("/home").with(as(priya))).andReturn().getResponse().getContentAsString();
        assertThat(home).doesNotContain("waited longer than 7 days");

        jdbc.sql("update expense_claim set created_at = now() - interval '10 days' where person_id = :person")
                .param("person", jamie.personId()).update();
        home = mvc.perform(get("/home").with(as(grace))).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("1 claim has waited longer than 7 days to be paid")
                .contains("The longest wait is Jamie's, 10 days to be paid back for parking");
    }

    @Test
    void aCoordinatorsQuestionAboutAnExpenseIsNeededAndThePersonReadsIt() throws Exception {
        mvc.perform(claim(jamie, ExpenseKind.OTHER).param("session", String.valueOf(workshop)).param("amount", "12")
                .param("description", "Lunch"));
        long expense = expenses.of(northshire.id(), jamie.personId()).get(0).id();

        String page = mvc.perform(post("/payments/expenses/" + expense + "/query").with(as(priya)).with(csrf()).param("expense-reason-" + expense, " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("Say what the question is, in words the person can understand");
        assertThat(expenses.of(northshire.id(), jamie.personId()).get(0).status()).isEqualTo(ClaimStatus.DRAFT);

        mvc.perform(post("/payments/expenses/" + expense + "/query").with(as(priya)).with(csrf())
                .param("expense-reason-" + expense, "Was lunch for you or for your support worker?"));
        assertThat(expenses.of(northshire.id(), jamie.personId()).get(0).status()).isEqualTo(ClaimStatus.QUERIED);
        mvc.perform(get("/your-payments").with(as(jamie)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Was lunch for you or for your support worker?")));
    }

    @Test
    void aPartnerCanTakeBackTheirOwnClaimBeforeItIsApprovedButNotSomeoneElses() throws Exception {
        mvc.perform(claim(jamie, ExpenseKind.OTHER).param("session", String.valueOf(workshop)).param("amount", "5")
                .param("description", "Parking"));
        long expense = expenses.of(northshire.id(), jamie.personId()).get(0).id();

        mvc.perform(post("/your-payments/expenses/" + expense + "/withdraw").with(as(aisha)).with(csrf()));
        assertThat(expenses.of(northshire.id(), jamie.personId())).hasSize(1);

        mvc.perform(post("/your-payments/expenses/" + expense + "/withdraw").with(as(jamie)).with(csrf()));
        assertThat(expenses.of(northshire.id(), jamie.personId())).isEmpty();
    }

    @Test
    void theTwoStepsAskWhatKindFirstAndRefuseToGoOnWithoutAnAnswer() throws Exception {
        assertThat(mvc.perform(get("/your-payments/expenses/details").with(as(jamie))).andReturn().getResponse().getContentAsString())
                .contains("Choose what you want to claim for");
        assertThat(mvc.perform(get("/your-payments/expenses/details?kind=MILEAGE&easy-read").with(as(jamie))).andReturn().getResponse()
                .getContentAsString())
                .contains("How many miles did you drive? Count there and back.").contains("Design workshop");
    }

    private MockMultipartHttpServletRequestBuilder claim(CurrentUser who, ExpenseKind kind) {
        MockMultipartHttpServletRequestBuilder request = multipart("/your-payments/expenses");
        request.param("kind", kind.name());
        request.with(as(who)).with(csrf());
        return request;
    }

    private String body(MockMultipartHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
