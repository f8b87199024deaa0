package org.coproduce.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.groups.GroupChanges;
import org.coproduce.groups.GroupDetails;
import org.coproduce.groups.GroupKind;
import org.coproduce.groups.MeetingFrequency;
import org.coproduce.organisations.Organisation;
import org.coproduce.payments.BenefitChoice;
import org.coproduce.payments.BenefitRule;
import org.coproduce.payments.BenefitSafeguard;
import org.coproduce.payments.ExpenseKind;
import org.coproduce.payments.PaidActivity;
import org.coproduce.payments.PaymentRuns;
import org.coproduce.payments.Payments;
import org.coproduce.projects.CoKind;
import org.coproduce.projects.CyclePhase;
import org.coproduce.projects.ProjectChanges;
import org.coproduce.projects.ProjectDetails;
import org.coproduce.projects.ProjectRole;
import org.coproduce.publicforms.PublicForms;
import org.coproduce.sessions.SessionDetails;
import org.coproduce.sessions.SessionKind;
import org.coproduce.sessions.Sessions;
import org.coproduce.stories.Stories;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Jamie was paid, claimed an expense with a receipt, told stories, gave feedback and is in who's who; Aisha, in the same
 * organisation, did the same kinds of things, and someone at Eastvale sent feedback with Jamie's email address. Jamie's
 * copy holds all of Jamie's and nothing of theirs.
 */
@CoproduceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectAccessCopyHoldsMoneyStoriesAndFeedbackTest {

    static final byte[] PNG_RECEIPT = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'j', 'a', 'm', 'i', 'e'};
    static final byte[] MP3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, 'j', 'a', 'm', 'i', 'e'};

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SubjectAccess subjectAccess;
    @Autowired JdbcClient jdbc;
    @Autowired ProjectChanges projects;
    @Autowired Sessions sessions;
    @Autowired GroupChanges groups;
    @Autowired Payments payments;
    @Autowired BenefitSafeguard benefits;
    @Autowired PaymentRuns runs;
    @Autowired Stories stories;
    @Autowired PublicForms forms;

    Organisation northshire;
    Organisation eastvale;
    CurrentUser priya;
    CurrentUser jamie;
    CurrentUser aisha;
    LocalDate today = LocalDate.now(Dates.LONDON);
    Map<String, byte[]> copy;
    String page;
    String json;
    byte[] photo;

    @BeforeAll
    void jamieTakesPartInEverythingThenAsksForACopy() throws Exception {
        northshire = fixtures.organisation("Northshire Partnership");
        eastvale = fixtures.organisation("Eastvale Carers");
        priya = fixtures.coordinator(northshire);
        CurrentUser grace = fixtures.member(northshire, "Grace Adeyemi", "Grace", Role.FINANCE);
        jamie = fixtures.partner(northshire);
        aisha = fixtures.member(northshire, "Aisha Khan", "Aisha", Role.PARTNER);

        payments.addRate(priya, PaidActivity.ATTENDING, 2_500, 7_500L, 15_000L, 0, today.minusYears(1));
        payments.recordEarningsRule(priya, jamie.personId(), BenefitRule.CARERS_ALLOWANCE, 3_000L, 1);
        long project = projects.create(priya, new ProjectDetails("Day services review", "Find out what people want.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null));
        projects.addToTeam(priya, project, jamie.personId(), ProjectRole.MEMBER);
        projects.addToTeam(priya, project, aisha.personId(), ProjectRole.MEMBER);
        long workshop = pastSession(project, "Design workshop", 5);
        sessions.recordAttendance(priya, workshop, List.of(jamie.personId(), aisha.personId()));
        long listening = pastSession(project, "Listening event", 12);
        sessions.recordAttendance(priya, listening, List.of(jamie.personId()));

        mvc.perform(post("/your-payments/preference").param("choice", "VOUCHER").with(as(jamie)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long jamiesFee = claimOf(jamie, workshop);
        benefits.choose(jamie, jamiesFee, BenefitChoice.SMALLER, false);
        benefits.approve(priya, jamiesFee);
        benefits.approve(priya, claimOf(aisha, workshop));
        mvc.perform(multipart("/your-payments/expenses").file(new MockMultipartFile("receipt", "sitter.png", "image/png", PNG_RECEIPT))
                        .param("kind", "CARE_COVER").param("session", String.valueOf(workshop)).param("amount", "36")
                        .param("description", "Sitter for my mum").with(as(jamie)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        payments.approveExpense(priya, jdbc.sql("select id from expense_claim where person_id = :id").param("id", jamie.personId())
                .query(Long.class).single());
        payments.approveExpense(priya, payments.claimCost(priya, aisha.personId(), workshop, ExpenseKind.FARES, today.minusDays(5),
                "Taxi for the wheelchair", 1_800));
        long run = runs.createRun(grace);
        runs.markPaid(grace, run, today);
        runs.reverse(grace, jdbc.sql("select id from ledger_entry where person_id = :id and kind = 'EXPENSE'").param("id", jamie.personId())
                .query(Long.class).single(), "The bank paid it twice");

        long board = groups.create(priya, new GroupDetails(GroupKind.BOARD, "Partnership Board", "Takes the big decisions.",
                MeetingFrequency.MONTHLY, 50, null, null));
        LocalDate meetingDay = today.plusWeeks(2);
        long meeting = sessions.plan(priya, board, new SessionDetails(SessionKind.MEETING, "Board meeting", null,
                meetingDay.atTime(10, 30).atZone(Dates.LONDON).toInstant(), meetingDay.atTime(12, 30).atZone(Dates.LONDON).toInstant(),
                "Room 2", null));
        long story = created(multipart("/stories/new").file(new MockMultipartFile("audio", "story.mp3", "audio/mpeg", MP3))
                .with(as(jamie)).with(csrf()).param("title", "Finding a job").param("words", "I found a job I love.").param("scope", "BOARD"));
        stories.hearAt(priya, story, meeting);
        long withdrawn = created(multipart("/stories/new").with(as(jamie)).with(csrf())
                .param("title", "An old story").param("words", "Words I took back.").param("scope", "TEAM"));
        mvc.perform(post("/stories/" + withdrawn + "/withdraw").with(as(jamie)).with(csrf())).andExpect(status().is3xxRedirection());
        created(multipart("/stories/new").with(as(aisha)).with(csrf())
                .param("title", "Moving house").param("words", "Only my words.").param("scope", "TEAM"));

        long feedback = feedback(northshire, "203.0.113.1", Fixtures.email(northshire, "Jamie").toUpperCase(java.util.Locale.ROOT),
                "The hearing loop did not work.");
        mvc.perform(post("/feedback/" + feedback + "/response").with(as(priya)).with(csrf())
                .param("response", "Thank you. We have mended the hearing loop.").param("sendAnyway", "true"));
        feedback(northshire, "203.0.113.2", Fixtures.email(northshire, "Aisha"), "The lift was broken.");
        feedback(northshire, "203.0.113.3", null, "Nobody knows who wrote this.");
        feedback(eastvale, "203.0.113.4", Fixtures.email(northshire, "Jamie"), "Sent to Eastvale about their cafe.");

        whosWho(jamie, "Co-chair of the board", "I love football.");
        whosWho(aisha, "Member", "I like chess.");
        photo = mvc.perform(get("/whos-who/" + jamie.personId() + "/photo").with(as(jamie))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        copy = copyOf(jamie);
        page = text("read-me-first.html");
        json = text("for-computers/everything.json");
    }

    @Test
    void theCopyHoldsTheirFeesExpensesPaymentsAndTheCorrection() {
        assertThat(json).contains("Your payments").contains("Design workshop").contains("Listening event")
                .contains("£25.00 an hour, £75.00 a half day, £150.00 a day")
                .contains("£30.00").contains("£37.50").contains("Sitter for my mum").contains("£36.00").contains("-£36.00")
                .contains("The bank paid it twice").contains("Expenses paid back").contains("Statement emailed to you on")
                .contains("How you like to be paid").contains("Take a voucher")
                .contains(Dates.date(today));
    }

    @Test
    void theCopyHoldsTheBenefitTheyToldUsAboutTheWarningAndTheirChoice() {
        assertThat(json).contains("Your benefits and your fees").contains("Carer's Allowance").contains("Week starts on Monday")
                .contains("Take a smaller fee that stays under the limit")
                .contains("Warnings about fees not checked yet").contains("With this fee, your earnings");
    }

    @Test
    void theReceiptIsInTheZipAsItWasSent() {
        assertThat(page).contains("Receipt sitter.png");
        assertThat(copy).hasEntrySatisfying(file("Receipt-sitter.png"), bytes -> assertThat(bytes).isEqualTo(PNG_RECEIPT));
    }

    @Test
    void theCopyHoldsTheirStoriesTheRecordingAndTheMeetingThatHeardIt() {
        assertThat(json).contains("Your stories").contains("Finding a job").contains("I found a job I love.")
                .contains("The board and working groups").contains("Board meeting").contains("Withdrawn")
                .contains("A story you withdrew, told on " + Dates.date(today));
        assertThat(json).doesNotContain("Words I took back.").doesNotContain("An old story");
        assertThat(copy).hasEntrySatisfying(file("Recording-of-Finding-a-job.mp3"), bytes -> assertThat(bytes).isEqualTo(MP3));
    }

    @Test
    void theCopyHoldsFeedbackSentWithTheirEmailAddressWhateverItsCapitalsAndOurReply() {
        assertThat(json).contains("Feedback you gave us").contains("The hearing loop did not work.")
                .contains("Thank you. We have mended the hearing loop.").contains("Answered");
    }

    @Test
    void theCopyHoldsTheirWhosWhoEntryAndPhoto() {
        assertThat(json).contains("Who's who and our public pages").contains("Co-chair of the board").contains("I love football.")
                .contains("Shown on the page");
        assertThat(copy).hasEntrySatisfying(file("Who-s-who-photo.jpg"), bytes -> assertThat(bytes).isEqualTo(photo));
    }

    @Test
    void nothingOfAnotherPersonOrAnotherOrganisationIsInTheCopy() {
        for (String text : List.of(page, json)) {
            assertThat(text).doesNotContain("Aisha").doesNotContain("Taxi for the wheelchair").doesNotContain("Moving house")
                    .doesNotContain("Only my words.").doesNotContain("The lift was broken.").doesNotContain("I like chess.")
                    .doesNotContain("Nobody knows who wrote this.").doesNotContain("Eastvale").doesNotContain("cafe");
        }
        assertThat(copy.keySet().stream().filter(name -> name.startsWith("files/"))).hasSize(3);
    }

    private long pastSession(long project, String title, int daysAgo) {
        Instant start = Instant.now().minus(Duration.ofDays(daysAgo));
        return sessions.planForProject(priya, project, new SessionDetails(SessionKind.WORKSHOP, title, null, start,
                start.plus(Duration.ofMinutes(90)), "Room 2", null));
    }

    private long claimOf(CurrentUser who, long session) {
        return jdbc.sql("select id from fee_claim where person_id = :person and session_id = :session")
                .param("person", who.personId()).param("session", session).query(Long.class).single();
    }

    private long feedback(Organisation to, String address, String email, String body) throws Exception {
        var request = post("/public/" + to.slug() + "/feedback").with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .param(PublicForms.STAMP, forms.stamp(Instant.now().minusSeconds(20)))
                .param("about", "The summer event").param("body", body).param("mayPublish", "no")
                .param("replyBy", email == null ? "NONE" : "EMAIL");
        if (email != null) {
            request.param("email", email).param("name", "Someone");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from feedback where organisation_id = :organisation and body = :body")
                .param("organisation", to.id()).param("body", body).query(Long.class).single();
    }

    private void whosWho(CurrentUser who, String roleTitle, String words) throws Exception {
        mvc.perform(multipart("/whos-who/" + who.personId()).file(new MockMultipartFile("photo", "me.png", "image/png", png()))
                        .with(as(who)).with(csrf()).param("shownName", who.displayName()).param("roleTitle", roleTitle).param("words", words)
                        .param("showName", "true").param("showPhoto", "true"))
                .andExpect(status().is3xxRedirection());
    }

    private long created(RequestBuilder request) throws Exception {
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private Map<String, byte[]> copyOf(CurrentUser person) throws Exception {
        String location = mvc.perform(post("/privacy/requests").with(as(priya)).with(csrf()).param("personId", String.valueOf(person.personId()))
                        .param("receivedDay", String.valueOf(today.getDayOfMonth())).param("receivedMonth", String.valueOf(today.getMonthValue()))
                        .param("receivedYear", String.valueOf(today.getYear())).param("receivedHow", "EMAIL"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        subjectAccess.makeWaitingCopies();
        byte[] zip = mvc.perform(post("/privacy/requests/" + location.substring(location.lastIndexOf('/') + 1) + "/download")
                        .with(as(priya)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private String text(String name) {
        assertThat(copy).containsKey(name);
        return new String(copy.get(name), StandardCharsets.UTF_8);
    }

    /** The name in the zip of the file that ends so, whichever part and place it has. */
    private String file(String ending) {
        return copy.keySet().stream().filter(name -> name.startsWith("files/") && name.endsWith("-" + ending)).findFirst()
                .orElse("files/none-" + ending);
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
