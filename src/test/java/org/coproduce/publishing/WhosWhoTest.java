package org.coproduce.publishing;

import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.ConsentMethod;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Register;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@CoproduceTest
class WhosWhoTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Register register;

    Organisation northshire;
    CurrentUser priya;
    CurrentUser jamie;
    String page;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        jamie = fixtures.partner(northshire);
        page = "/public/" + northshire.slug() + "/whos-who";
    }

    @Test
    void aPartnerWhoChoosesToBeShownIsOnThePageWithTheirOwnWords() throws Exception {
        mvc.perform(multipart("/whos-who/" + jamie.personId()).with(as(jamie)).with(csrf())
                        .param("shownName", "Jamie").param("roleTitle", "Co-chair").param("words", "I love football.")
                        .param("showName", "true"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(page)).andExpect(content().string(containsString("I love football.")))
                .andExpect(content().string(not(containsString("Jamie Lee"))));
    }

    @Test
    void anEntryIsHiddenAsSoonAsThePersonNoLongerAgreesToBeNamed() throws Exception {
        mvc.perform(multipart("/whos-who/" + jamie.personId()).with(as(jamie)).with(csrf())
                .param("shownName", "Jamie").param("words", "I love football.").param("showName", "true"));
        register.recordConsent(northshire.id(), jamie.personId(), ConsentPurpose.NAME_SHOWN, false, ConsentMethod.PHONE,
                "Changed their mind", priya.personId());

        mvc.perform(get(page)).andExpect(content().string(not(containsString("I love football."))));
    }

    @Test
    void anEntryWrittenByTheCoordinatorWaitsForThePersonsConsent() throws Exception {
        mvc.perform(multipart("/whos-who/" + jamie.personId()).with(as(priya)).with(csrf())
                        .param("shownName", "Jamie").param("words", "Written with Jamie."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page)).andExpect(content().string(not(containsString("Written with Jamie."))));

        register.recordConsent(northshire.id(), jamie.personId(), ConsentPurpose.NAME_SHOWN, true, ConsentMethod.IN_PERSON, null,
                priya.personId());

        mvc.perform(get(page)).andExpect(content().string(containsString("Written with Jamie.")));
    }

    @Test
    void aPhotoShowsOnlyWithConsentToPhotographs() throws Exception {
        String photo = page + "/" + jamie.personId() + "/photo";
        mvc.perform(multipart("/whos-who/" + jamie.personId()).file(new MockMultipartFile("photo", "me.png", "image/png", PNG))
                .with(as(jamie)).with(csrf()).param("shownName", "Jamie").param("showName", "true"));
        mvc.perform(get(page)).andExpect(content().string(not(containsString(photo))));
        mvc.perform(get(photo)).andExpect(status().isNotFound());

        mvc.perform(multipart("/whos-who/" + jamie.personId()).with(as(jamie)).with(csrf())
                .param("shownName", "Jamie").param("showName", "true").param("showPhoto", "true"));

        mvc.perform(get(page)).andExpect(content().string(containsString(photo)));
        mvc.perform(get(photo)).andExpect(status().isOk());
    }

    @Test
    void aPhotoMustReallyBeAPicture() throws Exception {
        mvc.perform(multipart("/whos-who/" + jamie.personId()).file(new MockMultipartFile("photo", "me.png", "image/png", "<svg onload=alert(1)>".getBytes()))
                        .with(as(jamie)).with(csrf()).param("shownName", "Jamie").param("words", "Kept words").param("showName", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#photo\">The photo must be a JPG or PNG file</a>")))
                .andExpect(content().string(containsString(">Kept words</textarea>")));
    }

    @Test
    void peopleCanWriteOnlyTheirOwnEntryAndOtherOrganisationsNone() throws Exception {
        CurrentUser tom = fixtures.staff(northshire);
        CurrentUser ruth = fixtures.coordinator(fixtures.organisation("Eastvale Forum"));

        mvc.perform(get("/whos-who/" + jamie.personId()).with(as(tom))).andExpect(status().isNotFound());
        mvc.perform(multipart("/whos-who/" + jamie.personId()).with(as(ruth)).with(csrf()).param("shownName", "Hacked"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/whos-who/" + jamie.personId() + "/remove").with(as(tom)).with(csrf())).andExpect(status().isNotFound());
    }
}
