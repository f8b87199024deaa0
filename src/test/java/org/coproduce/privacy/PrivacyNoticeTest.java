package org.coproduce.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

/** The privacy notice and the records of processing say what the installation really does, because they are made from it. */
@CoproduceTest
class PrivacyNoticeTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Processing processing;
    @Autowired SubjectAccess subjectAccess;
    @Autowired SubjectAccessRepository requests;
    @Value("${coproduce.session-timeout}") Duration sessionTimeout;

    @Test
    void theNoticeDescribesEveryActivityOfTheModelWithItsLawfulBasis() throws Exception {
        String notice = page("/privacy", null);

        assertThat(notice).contains("In easy read").contains("special category").contains("Information Commissioner")
                .contains("Everything we hold about you");
        for (ProcessingActivity activity : processing.activities()) {
            assertThat(notice).contains(escaped(activity.name())).contains(escaped(activity.article6()));
            activity.keptFor().forEach(kept -> assertThat(notice).contains(escaped(kept)));
        }
    }

    @Test
    void theNoticeGivesTheCopysRealLifetimeAndDownloads() throws Exception {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser jamie = fixtures.partner(northshire);
        long id = subjectAccess.ask(jamie, jamie.personId(), "Jamie Lee", LocalDate.now(Dates.LONDON),
                SubjectAccessRequest.ReceivedHow.ONLINE);
        subjectAccess.makeWaitingCopies();
        SubjectAccessRequest made = requests.find(northshire.id(), id).orElseThrow();
        Duration keptFor = Duration.ofSeconds(Math.round(Duration.between(made.madeAt(), made.expiresAt()).toMillis() / 1000.0));

        assertThat(keptFor).isEqualTo(SubjectAccess.KEPT_FOR);
        assertThat(page("/privacy", null)).contains("You can download it " + SubjectAccessRequest.MOST_DOWNLOADS + " times in "
                + keptFor.toDays() + " days. Then we delete it.");
        assertThat(page("/public/" + northshire.slug() + "/privacy", null))
                .contains(keptFor.toDays() + " days, or until it is downloaded " + SubjectAccessRequest.MOST_DOWNLOADS + " times");
    }

    @Test
    void theNoticeGivesTheRealTimeBeforeSomeoneIsSignedOut() throws Exception {
        assertThat(page("/privacy", null)).contains("after " + Processing.words(sessionTimeout) + " of doing nothing");
    }

    @Test
    void everyPartOfCoproduceThatKeepsPeoplesDataIsInTheNotice() {
        Set<String> described = processing.activities().stream().flatMap(activity -> activity.modules().stream())
                .collect(Collectors.toSet());

        assertThat(processing.modulesHoldingPeople()).contains("people", "payments", "privacy");
        assertThat(described).containsAll(processing.modulesHoldingPeople());
    }

    @Test
    void anOrganisationsNoticeNamesItAsTheControllerWithItsContactEmail() throws Exception {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        Organisation eastvale = fixtures.organisation("Eastvale Carers' Forum");

        String notice = page("/public/" + eastvale.slug() + "/privacy", null);

        assertThat(notice).contains(escaped(eastvale.name()) + " is responsible for your information")
                .contains("mailto:" + eastvale.contactEmail()).doesNotContain(northshire.name())
                .doesNotContain(northshire.contactEmail());
        assertThat(page("/privacy", null)).contains("The organisation you work with is responsible");
        mvc.perform(get("/public/no-such-organisation/privacy")).andExpect(status().isNotFound());
    }

    @Test
    void anOrganisationsNoticeAndRecordsSayHowLongItKeepsEachKindAsItsSettingsSay() throws Exception {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/privacy/retention").with(as(priya))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("FEEDBACK_CONTACT_DETAILS", "6").param("ARCHIVED_PEOPLE", "36").param("AUDIT_LOG", "84"));

        String notice = mvc.perform(get("/public/" + northshire.slug() + "/privacy")).andReturn().getResponse().getContentAsString();
        assertThat(notice).contains("Contact details given with feedback: 6 months").contains("People who have been archived: 36 months")
                .contains("The audit log: 84 months").contains("Recordings of stories: Until someone asks to be erased");
        assertThat(mvc.perform(get("/privacy")).andReturn().getResponse().getContentAsString())
                .contains("Contact details given with feedback: 12 months").contains("The audit log: 72 months");
        assertThat(mvc.perform(get("/privacy/records").with(as(priya))).andReturn().getResponse().getContentAsString())
                .contains("Contact details given with feedback: 6 months");
    }

    @Test
    void theOrganisationsPublicHomeLinksToItsNotice() throws Exception {
        Organisation northshire = fixtures.organisation("Northshire Partnership");

        assertThat(page("/public/" + northshire.slug(), null)).contains("/public/" + northshire.slug() + "/privacy");
    }

    @Test
    void onlyCoordinatorsSeeTheRecordsOfProcessing() throws Exception {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);

        String records = page("/privacy/records", priya);

        assertThat(records).contains("Records of processing").contains(escaped(northshire.name()))
                .contains("Security measures").contains("Role-based access").contains("/privacy/records.csv");
        for (ProcessingActivity activity : processing.activities()) {
            assertThat(records).contains(escaped(activity.name()));
        }
        assertThat(page("/privacy/requests", priya)).contains("href=\"/privacy/records\"");
        for (CurrentUser notCoordinator : List.of(fixtures.staff(northshire), fixtures.partner(northshire))) {
            mvc.perform(get("/privacy/records").with(as(notCoordinator))).andExpect(status().isForbidden());
            mvc.perform(get("/privacy/records.csv").with(as(notCoordinator))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/privacy/records")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theRecordsDownloadAsASpreadsheetWithARowForEachActivity() throws Exception {
        CurrentUser priya = fixtures.coordinator(fixtures.organisation("Northshire Partnership"));

        String csv = new String(mvc.perform(get("/privacy/records.csv").with(as(priya))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", PrivacyNoticeController.CSV_COLUMNS));
        assertThat(lines).hasSize(1 + processing.activities().size());
        assertThat(csv).contains("Article 9(2)(a), your explicit consent").contains("The organisation's finance system")
                .contains(SubjectAccess.KEPT_FOR.toDays() + " days");
    }

    private String page(String path, CurrentUser user) throws Exception {
        var request = get(path);
        if (user != null) {
            request = request.with(as(user));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** As jte writes text into a page, where it leaves quotes as they are. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
