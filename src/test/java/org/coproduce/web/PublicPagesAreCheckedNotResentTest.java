package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.coproduce.organisations.Organisation;
import org.coproduce.organisations.Organisations;
import org.coproduce.organisations.PublicDetails;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP, as a phone's browser asks again for a page it already has. */
@CoproduceTest
class PublicPagesAreCheckedNotResentTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Organisations organisations;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPublicPageThatHasNotChangedIsNotSentAgainAndAChangedOneIs() throws Exception {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        organisations.savePublicDetails(northshire.id(), new PublicDetails("We are people who use services, and staff.", null, null));
        String home = "/public/" + northshire.slug();

        HttpResponse<String> first = get(home, null);
        String version = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache, private");

        HttpResponse<String> again = get(home, version);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        organisations.savePublicDetails(northshire.id(), new PublicDetails("We are people who use services, carers and staff.", null, null));
        HttpResponse<String> changed = get(home, version);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("carers and staff");
    }

    @Test
    void aPublicPageIsStillSentCompressedToBrowsersThatCanUnpackIt() throws Exception {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/" + northshire.slug()))
                .header("Accept-Encoding", "gzip").build();

        HttpResponse<byte[]> page = http.send(request, HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(page.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void pagesForSignedInPeopleAreStillNeverStored() throws Exception {
        HttpResponse<String> signIn = get("/sign-in", null);

        assertThat(signIn.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(signIn.headers().firstValue("ETag")).isEmpty();
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
