package org.coproduce.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A copy of everything we hold about a person, within the month the law gives, kept safe while it exists. */
@CoproduceTest
class SubjectAccessTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SubjectAccess subjectAccess;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    Organisation northshire;
    CurrentUser priya;
    CurrentUser kwame;
    LocalDate today = LocalDate.now(Dates.LONDON);

    @BeforeEach
    void setUp() throws Exception {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        kwame = fixtures.member(northshire, "Kwame Mensah", "Kwame", Role.PARTNER);
        mvc.perform(post("/people/" + kwame.personId() + "/access-needs").with(as(priya)).with(csrf()).param("needs", "BSL_INTERPRETER"));
        mvc.perform(post("/people/" + kwame.personId() + "/consents").with(as(priya)).with(csrf())
                .param("purpose", "PHOTOGRAPHS").param("decision", "GIVEN").param("method", "PAPER_FORM").param("note", "At the summer event"));
    }

    @Test
    void theDeadlineIsOneCalendarMonthFromTheDayWeReceivedTheRequest() {
        assertThat(SubjectAccess.dueOn(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(SubjectAccess.dueOn(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(SubjectAccess.dueOn(LocalDate.of(2028, 1, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aCoordinatorRecordsALetterAndDownloadsACopyThatHoldsEverythingFromTheRegister() throws Exception {
        long id = record(kwame, today.minusDays(2), "LETTER");
        assertThat(page("/privacy/requests/" + id, priya)).contains("We are making the copy")
                .contains(Dates.date(today.minusDays(2).plusMonths(1)));

        subjectAccess.makeWaitingCopies();

        assertThat(page("/privacy/requests/" + id, priya)).contains("The copy is ready").contains("3 more times");
        Map<String, String> copy = unzip(mvc.perform(post("/privacy/requests/" + id + "/download").with(as(priya)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(copy).containsKeys("read-me-first.html", "for-computers/everything.json");
        assertThat(copy.get("read-me-first.html")).contains("Everything Northshire Partnership holds about Kwame Mensah")
                .contains("In easy read").contains("British Sign Language (BSL) interpreter").contains("At the summer event")
                .contains("Who has looked at or changed your information");
        assertThat(json.readTree(copy.get("for-computers/everything.json")).get("person").asString()).isEqualTo("Kwame Mensah");
        assertThat(copy.keySet()).anyMatch(name -> name.startsWith("for-computers/") && name.endsWith(".csv"));
    }

    @Test
    void aConsentRecordedWithoutANoteIsInTheCopyLikeAnyOther() throws Exception {
        mvc.perform(post("/people/" + kwame.personId() + "/consents").with(as(priya)).with(csrf())
                .param("purpose", "CONTACT").param("decision", "GIVEN").param("method", "PAPER_FORM"));
        long id = record(kwame, today, "EMAIL");

        subjectAccess.makeWaitingCopies();

        assertThat(page("/privacy/requests/" + id, priya)).contains("The copy is ready");
    }

    @Test
    void theCopyCanBeDownloadedOnlyAFewTimesThenItIsGone() throws Exception {
        long id = record(kwame, today, "EMAIL");
        subjectAccess.makeWaitingCopies();

        for (int i = 0; i < SubjectAccessRequest.MOST_DOWNLOADS; i++) {
            mvc.perform(post("/privacy/requests/" + id + "/download").with(as(priya)).with(csrf())).andExpect(status().isOk());
        }
        mvc.perform(post("/privacy/requests/" + id + "/download").with(as(priya)).with(csrf())).andExpect(status().isNotFound());
        assertThat(page("/privacy/requests/" + id, priya)).contains("The copy has been deleted");
    }

    @Test
    void aPersonAsksForTheirOwnCopyAndDownloadingItIsWhenItReachedThem() throws Exception {
        mvc.perform(post("/your-information").with(as(kwame)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page("/your-information", kwame)).contains("We are making it");
        subjectAccess.makeWaitingCopies();
        long id = jdbc.sql("select id from subject_access_request where person_id = :id").param("id", kwame.personId())
                .query(Long.class).single();

        mvc.perform(post("/your-information/" + id + "/download").with(as(kwame)).with(csrf())).andExpect(status().isOk());

        assertThat(page("/privacy/requests/" + id, priya)).contains("Reached them").contains(Dates.date(today));
        assertThat(page("/privacy/audit-log?personId=" + kwame.personId(), priya)).contains("Details in the register: downloaded by Kwame");
    }

    @Test
    void aCoordinatorRecordsTheDayTheCopyReachedThePerson() throws Exception {
        long id = record(kwame, today.minusDays(3), "PHONE");
        subjectAccess.makeWaitingCopies();

        assertThat(mvc.perform(post("/privacy/requests/" + id + "/given").with(as(priya)).with(csrf())
                        .param("givenDay", "1").param("givenMonth", "1").param("givenYear", "2020"))
                .andReturn().getResponse().getContentAsString())
                .contains("govuk-error-summary").contains("cannot be before we received the request");
        mvc.perform(post("/privacy/requests/" + id + "/given").with(as(priya)).with(csrf()).param("givenDay", String.valueOf(today.getDayOfMonth()))
                .param("givenMonth", String.valueOf(today.getMonthValue())).param("givenYear", String.valueOf(today.getYear())))
                .andExpect(status().is3xxRedirection());

        assertThat(page("/privacy/requests", priya)).contains("Given on " + Dates.date(today));
    }

    @Test
    void aRequestNeedsAPersonADayNotInTheFutureAndHowItReachedUs() throws Exception {
        String page = mvc.perform(post("/privacy/requests").with(as(priya)).with(csrf()).param("receivedDay", "1")
                        .param("receivedMonth", "1").param("receivedYear", String.valueOf(today.getYear() + 1)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("govuk-error-summary").contains("Choose whose information was asked for")
                .contains("cannot be in the future").contains("Choose how the request reached us");
        assertThat(jdbc.sql("select count(*) from subject_access_request where organisation_id = :org").param("org", northshire.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theHomePageWarnsWhenACopyIsDueSoonOrLate() throws Exception {
        record(kwame, today.minusDays(26), "LETTER");
        assertThat(page("/home", priya)).contains("1 copy of someone's information is due within 7 days");

        record(kwame, today.minusMonths(2), "LETTER");
        assertThat(page("/home", priya)).contains("1 copy of someone's information is late");
    }

    @Test
    void nobodyElseCanSeeOrTakeSomeonesCopy() throws Exception {
        long id = record(kwame, today, "LETTER");
        subjectAccess.makeWaitingCopies();
        CurrentUser jamie = fixtures.partner(northshire);
        CurrentUser ruth = fixtures.coordinator(fixtures.organisation("Eastvale Carers"));

        mvc.perform(get("/privacy/requests").with(as(jamie))).andExpect(status().isForbidden());
        mvc.perform(post("/your-information/" + id + "/download").with(as(jamie)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/privacy/requests/" + id).with(as(ruth))).andExpect(status().isNotFound());
        mvc.perform(post("/privacy/requests/" + id + "/download").with(as(ruth)).with(csrf())).andExpect(status().isNotFound());
        assertThat(page("/privacy/requests", ruth)).doesNotContain("Kwame");
        assertThat(jdbc.sql("select downloads from subject_access_request where id = :id").param("id", id).query(Integer.class).single())
                .isZero();
    }

    private long record(CurrentUser person, LocalDate received, String how) throws Exception {
        String location = mvc.perform(post("/privacy/requests").with(as(priya)).with(csrf()).param("personId", String.valueOf(person.personId()))
                        .param("receivedDay", String.valueOf(received.getDayOfMonth())).param("receivedMonth", String.valueOf(received.getMonthValue()))
                        .param("receivedYear", String.valueOf(received.getYear())).param("receivedHow", how))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String page(String path, CurrentUser who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
