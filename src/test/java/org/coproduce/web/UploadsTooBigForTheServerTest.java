package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A file bigger than the server takes at all gets a page that says what the limit is for what was being uploaded. */
@CoproduceTest
class UploadsTooBigForTheServerTest {

    static final byte[] TWENTY_ONE_MEGABYTES = new byte[21 * 1024 * 1024];

    @Autowired Fixtures fixtures;
    @LocalServerPort int port;

    Visitor priya;

    @BeforeEach
    void signIn() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser coordinator = fixtures.coordinator(northshire);
        priya = new Visitor(port);
        priya.get("/sign-in");
        priya.post("/sign-in", "email", coordinator.email(), "password", Fixtures.PASSWORD);
    }

    @Test
    void aRecordingThatIsTooBigIsCalledARecording() {
        priya.get("/stories/new");
        Visitor.Page page = priya.postFile("/stories/new", "audio", "story.mp3", TWENTY_ONE_MEGABYTES, "title", "My story");

        assertThat(page.status()).isEqualTo(413);
        assertThat(page.body()).contains("A recording must be smaller than 15 MB").doesNotContain("spreadsheet");
    }

    @Test
    void aStoryWithMoreWordsThanTheServerTookBeforeIsToldItIsTooLongNextToTheWords() {
        priya.get("/stories/new");
        String threeMegabytesOfWords = "My day at the centre. ".repeat(150_000);
        Visitor.Page page = priya.postFile("/stories/new", "audio", "", new byte[0], "title", "My story", "words", threeMegabytesOfWords,
                "scope", "TEAM");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("There is a problem").contains("Your story must be 20,000 characters or fewer");
    }

    @Test
    void aSpreadsheetOfPeopleThatIsTooBigIsCalledASpreadsheet() {
        priya.get("/people/import");
        Visitor.Page page = priya.postFile("/people/import", "file", "people.csv", TWENTY_ONE_MEGABYTES);

        assertThat(page.status()).isEqualTo(413);
        assertThat(page.body()).contains("A spreadsheet of people must be smaller than 5 MB");
    }
}
