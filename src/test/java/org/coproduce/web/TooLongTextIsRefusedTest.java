package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.groups.GroupLimits;
import org.coproduce.opportunities.InterestForm;
import org.coproduce.opportunities.OpportunityForm;
import org.coproduce.organisations.Organisation;
import org.coproduce.payments.PaymentLimits;
import org.coproduce.people.PeopleLimits;
import org.coproduce.privacy.PrivacyLimits;
import org.coproduce.projects.CoKind;
import org.coproduce.projects.CyclePhase;
import org.coproduce.projects.ProjectChanges;
import org.coproduce.projects.ProjectDetails;
import org.coproduce.projects.ProjectLimits;
import org.coproduce.publishing.PublishingLimits;
import org.coproduce.sessions.SessionDetails;
import org.coproduce.sessions.SessionKind;
import org.coproduce.sessions.SessionLimits;
import org.coproduce.sessions.Sessions;
import org.coproduce.stories.StoryForm;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.writing.GlossaryForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Text longer than a field takes is refused next to the field, in plain words, with what was typed kept in the form and
 * nothing saved; and the database refuses it too, should a form ever forget to check.
 */
@CoproduceTest
class TooLongTextIsRefusedTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ProjectChanges projects;
    @Autowired Sessions sessions;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;
    long session;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        long project = projects.create(priya, new ProjectDetails("Day services review", "Find out what people want.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null));
        Instant start = LocalDate.now(Dates.LONDON).plusDays(7).atTime(LocalTime.of(10, 0)).atZone(Dates.LONDON).toInstant();
        session = sessions.planForProject(priya, project, new SessionDetails(SessionKind.WORKSHOP, "Design workshop",
                "Plan the year.", null, start, start.plus(Duration.ofMinutes(120)), "Room 2", null));
    }

    @Test
    void aSessionPurposeOverItsLimitIsRefusedNextToTheFieldAndTheSavedPurposeIsKept() throws Exception {
        String typed = "We will talk. ".repeat(429) + "x";

        mvc.perform(post("/sessions/" + session).with(as(priya)).with(csrf())
                        .param("kind", "WORKSHOP").param("title", "Design workshop").param("purpose", typed)
                        .param("dayDay", "1").param("dayMonth", "1").param("dayYear", "2099")
                        .param("startTime", "10am").param("endTime", "12pm").param("place", "Room 2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString(
                        "<a href=\"#purpose\">The purpose must be 5,000 characters or fewer. It has 6,007.</a>")))
                .andExpect(content().string(containsString("id=\"purpose-error\"")))
                .andExpect(content().string(containsString(typed.strip())));

        assertThat(jdbc.sql("select purpose from coproduction_session where id = ?").param(session).query(String.class).single())
                .isEqualTo("Plan the year.");
    }

    @Test
    void theHintOfALongFieldSaysHowMuchItTakes() throws Exception {
        mvc.perform(get("/sessions/" + session + "/edit").with(as(priya)))
                .andExpect(content().string(containsString("id=\"purpose-info\" class=\"govuk-hint govuk-character-count__message\">Up to 5,000 characters.</div>")));
    }

    @Test
    void aPersonsNameOverItsLimitIsRefusedAndNobodyIsAdded() throws Exception {
        long before = people();

        mvc.perform(post("/people").with(as(priya)).with(csrf())
                        .param("fullName", "Ayesha ".repeat(30)).param("roles", "LIVED_EXPERIENCE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<a href=\"#fullName\">The full name must be 200 characters or fewer. It has 209.</a>")))
                .andExpect(content().string(containsString("value=\"" + "Ayesha ".repeat(29) + "Ayesha\"")));

        assertThat(people()).isEqualTo(before);
    }

    @Test
    void aStoryOverItsLimitIsRefusedAndNotSaved() throws Exception {
        CurrentUser jamie = fixtures.partner(northshire);
        String words = "I found a job I love. ".repeat(910);

        mvc.perform(multipart("/stories/new").with(as(jamie)).with(csrf())
                        .param("title", "Finding a job").param("words", words).param("scope", "TEAM"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your story must be 20,000 characters or fewer. It has 20,019.")))
                .andExpect(content().string(containsString("I found a job I love. I found a job I love.")));

        assertThat(jdbc.sql("select count(*) from story where organisation_id = ?").param(northshire.id()).query(Long.class).single())
                .isZero();
    }

    @Test
    void theDatabaseRefusesTextLongerThanTheFormTakesEvenWithoutTheForm() {
        assertThatThrownBy(() -> jdbc.sql("update coproduction_session set purpose = :text where id = :id")
                .param("text", "a".repeat(5_001)).param("id", session).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("session_purpose_length");
        assertThatThrownBy(() -> jdbc.sql("update person set full_name = :text where id = :id")
                .param("text", "a".repeat(201)).param("id", priya.personId()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("person_full_name_length");
        assertThatThrownBy(() -> jdbc.sql("update project set purpose = :text where organisation_id = :organisation")
                .param("text", "a".repeat(10_001)).param("organisation", northshire.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("project_purpose_length");

        jdbc.sql("update coproduction_session set purpose = :text where id = :id").param("text", "a".repeat(5_000)).param("id", session).update();
        assertThat(jdbc.sql("select length(purpose) from coproduction_session where id = ?").param(session).query(Integer.class).single())
                .isEqualTo(5_000);
    }

    /** The forms' limits and the database's are written in two places, Java and SQL; this keeps them the same. */
    @Test
    void theDatabaseHasTheSameLimitsAsTheForms() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("person_full_name_length", PeopleLimits.FULL_NAME);
        limits.put("person_known_as_length", PeopleLimits.KNOWN_AS);
        limits.put("person_pronouns_length", PeopleLimits.PRONOUNS);
        limits.put("person_preferred_terms_length", PeopleLimits.TERMS);
        limits.put("person_email_length", PeopleLimits.EMAIL);
        limits.put("person_postal_address_length", PeopleLimits.POSTAL_ADDRESS);
        limits.put("person_contact_notes_length", PeopleLimits.NOTE);
        limits.put("person_interests_length", PeopleLimits.INTERESTS);
        limits.put("person_skill_length", PeopleLimits.SKILLS);
        limits.put("person_gender_description_length", PeopleLimits.GENDER_DESCRIPTION);
        limits.put("session_title_length", SessionLimits.TITLE.max());
        limits.put("session_purpose_length", SessionLimits.PURPOSE.max());
        limits.put("session_intended_outcomes_length", SessionLimits.INTENDED_OUTCOMES.max());
        limits.put("session_place_length", SessionLimits.PLACE.max());
        limits.put("session_online_link_length", SessionLimits.ONLINE_LINK.max());
        limits.put("session_no_follow_up_length", SessionLimits.NO_FOLLOW_UP_REASON.max());
        limits.put("agenda_item_title_length", SessionLimits.AGENDA_TITLE.max());
        limits.put("session_decision_text_length", SessionLimits.DECISION.max());
        limits.put("insight_text_length", SessionLimits.INSIGHT.max());
        limits.put("session_action_what_length", SessionLimits.ACTION.max());
        limits.put("session_action_done_note_length", SessionLimits.DONE_NOTE.max());
        limits.put("follow_up_text_length", SessionLimits.FOLLOW_UP.max());
        limits.put("access_arrangement_note_length", SessionLimits.ARRANGEMENT_NOTE.max());
        limits.put("story_title_length", StoryForm.TITLE.max());
        limits.put("story_words_length", StoryForm.WORDS.max());
        limits.put("story_signed_length", StoryForm.SIGNED.max());
        limits.put("project_title_length", ProjectLimits.TITLE.max());
        limits.put("project_purpose_length", ProjectLimits.PURPOSE.max());
        limits.put("project_outcomes_hoped_length", ProjectLimits.OUTCOMES_HOPED.max());
        limits.put("project_outcomes_unintended_length", ProjectLimits.OUTCOMES_UNINTENDED.max());
        limits.put("project_ladder_why_length", ProjectLimits.LADDER_WHY.max());
        limits.put("project_answer_length", ProjectLimits.ANSWER.max());
        limits.put("project_answer_note_length", ProjectLimits.NOTE.max());
        limits.put("project_stakeholder_who_length", ProjectLimits.STAKEHOLDER.max());
        limits.put("project_stakeholder_why_missing_length", ProjectLimits.WHY_MISSING.max());
        limits.put("project_stakeholder_plan_length", ProjectLimits.PLAN.max());
        limits.put("opportunity_title_length", OpportunityForm.TITLE.max());
        limits.put("opportunity_what_length", OpportunityForm.WHAT.max());
        limits.put("interest_name_length", InterestForm.NAME.max());
        limits.put("interest_support_needed_length", InterestForm.SUPPORT_NEEDED.max());
        limits.put("page_draft_title_length", PublishingLimits.TITLE.max());
        limits.put("page_draft_description_length", PublishingLimits.DESCRIPTION.max());
        limits.put("page_draft_body_length", PublishingLimits.BODY.max());
        limits.put("page_draft_easy_read_length", PublishingLimits.EASY_READ.max());
        limits.put("page_draft_agreed_by_length", PublishingLimits.AGREED_BY.max());
        limits.put("page_draft_change_note_length", PublishingLimits.CHANGE_NOTE.max());
        limits.put("page_version_body_length", PublishingLimits.BODY.max());
        limits.put("organisation_introduction_length", PublishingLimits.INTRODUCTION.max());
        limits.put("whos_who_shown_name_length", PublishingLimits.SHOWN_NAME.max());
        limits.put("whos_who_role_title_length", PublishingLimits.ROLE_TITLE.max());
        limits.put("whos_who_words_length", PublishingLimits.WORDS.max());
        limits.put("group_name_length", GroupLimits.NAME.max());
        limits.put("group_purpose_length", GroupLimits.PURPOSE.max());
        limits.put("group_terms_text_length", GroupLimits.TERMS.max());
        limits.put("induction_item_text_length", GroupLimits.INDUCTION_ITEM.max());
        limits.put("champion_record_what_length", GroupLimits.CHAMPION_RECORD.max());
        limits.put("glossary_term_length", GlossaryForm.TERM.max());
        limits.put("glossary_meaning_length", GlossaryForm.MEANING.max());
        limits.put("glossary_plainer_length", GlossaryForm.PLAINER.max());
        limits.put("fee_claim_query_reason_length", PaymentLimits.QUESTION.max());
        limits.put("expense_claim_query_reason_length", PaymentLimits.QUESTION.max());
        limits.put("ledger_entry_reason_length", PaymentLimits.REVERSAL_REASON.max());
        limits.put("erasure_reason_length", PrivacyLimits.ERASURE_REASON.max());

        limits.forEach((constraint, max) -> assertThat(jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = ?")
                .param(constraint).query(String.class).single())
                .as(constraint)
                .contains("<= " + max + ")"));
    }

    private long people() {
        return jdbc.sql("select count(*) from person where organisation_id = ?").param(northshire.id()).query(Long.class).single();
    }
}
