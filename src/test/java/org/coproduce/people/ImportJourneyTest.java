package org.coproduce.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@CoproduceTest
class ImportJourneyTest {

    static final String SPREADSHEET = """
            full_name,email,roles,access_needs
            Zara Ahmed,zara@example.org,lived experience,quiet room
            Owen Davies,owen@example.org,family carer,
            ,missing@example.org,,
            """;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
    }

    @Test
    void coordinatorPreviewsAnImportBeforeAnythingIsWrittenThenConfirmsIt() throws Exception {
        String preview = upload(SPREADSHEET);

        mvc.perform(get(preview).with(as(priya)))
                .andExpect(content().string(containsString("2 people will be added")))
                .andExpect(content().string(containsString("1 line will not be added")))
                .andExpect(content().string(containsString("The full name is missing")))
                .andExpect(content().string(containsString("Zara Ahmed")));
        assertThat(peopleNamed("Zara Ahmed")).isZero();

        mvc.perform(post(preview).with(as(priya)).with(csrf())).andExpect(redirectedUrl("/people"));

        assertThat(peopleNamed("Zara Ahmed")).isOne();
        assertThat(peopleNamed("Owen Davies")).isOne();
        assertThat(jdbc.sql("select content from person_import where organisation_id = :organisationId")
                .param("organisationId", northshire.id()).query(String.class).single())
                .as("the uploaded file is not kept once its people are in the register").isEmpty();
        mvc.perform(get("/people").param("need", "QUIET_ROOM").with(as(priya)))
                .andExpect(content().string(containsString("Zara Ahmed")));
    }

    @Test
    void confirmingTwiceAddsPeopleOnlyOnce() throws Exception {
        String preview = upload(SPREADSHEET);

        mvc.perform(post(preview).with(as(priya)).with(csrf()));
        mvc.perform(post(preview).with(as(priya)).with(csrf()));

        assertThat(peopleNamed("Zara Ahmed")).isOne();
    }

    @Test
    void aFileProblemIsShownNextToTheFileField() throws Exception {
        mvc.perform(multipart("/people/import").file(file("name,mail\nZara,z@example.org\n")).with(as(priya)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#file\">The file must have a column called full_name")))
                .andExpect(content().string(containsString("id=\"file-error\"")));
    }

    @Test
    void aHugeFileIsRefusedNextToTheFileFieldAndNothingIsKept() throws Exception {
        byte[] huge = new byte[RegisterCsv.MAX_BYTES + 1024];
        java.util.Arrays.fill(huge, (byte) 'a');

        mvc.perform(multipart("/people/import").file(new MockMultipartFile("file", "huge.csv", "text/csv", huge))
                        .with(as(priya)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file is too big. It must be smaller than 5 megabytes")));
        assertThat(jdbc.sql("select count(*) from person_import where organisation_id = :organisationId")
                .param("organisationId", northshire.id()).query(Integer.class).single()).isZero();
    }

    @Test
    void uploadingWithoutChoosingAFileAsksForOne() throws Exception {
        mvc.perform(multipart("/people/import").with(as(priya)).with(csrf()))
                .andExpect(content().string(containsString("Choose a CSV file to upload")));
    }

    @Test
    void staffCannotImport() throws Exception {
        CurrentUser tom = fixtures.staff(northshire);

        mvc.perform(multipart("/people/import").file(file(SPREADSHEET)).with(as(tom)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/export.csv").with(as(tom))).andExpect(status().isForbidden());
    }

    private String upload(String csv) throws Exception {
        return mvc.perform(multipart("/people/import").file(file(csv)).with(as(priya)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "involvement.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private int peopleNamed(String name) {
        return jdbc.sql("select count(*) from person where organisation_id = :organisationId and full_name = :name")
                .param("organisationId", northshire.id()).param("name", name)
                .query(Integer.class).single();
    }
}
