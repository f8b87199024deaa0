package org.coproduce.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Anyone can send any Host header. Redirects must not repeat it, or a cache or a link could send people to another
 * site. Sent over a plain socket to the running server, as Java's HTTP client will not set the Host header, and the
 * server itself (not only Spring) writes the Location header.
 */
@CoproduceTest
class RedirectsStayOnThisSiteTest {

    private static final String EVIL = "evil.example";

    @Autowired Fixtures fixtures;
    @LocalServerPort int port;

    @Test
    void aPageThatNeedsSigningInSendsToSignInOnThisSite() throws IOException {
        var response = new EvilClient().get("/people");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).isEqualTo("/sign-in").doesNotContain(EVIL);
    }

    @Test
    void aFormThatRedirectsStaysOnThisSite() throws IOException {
        var client = new EvilClient();
        client.get("/sign-in");

        var response = client.post("/sign-in", "email=nobody%40evil.example&password=guess");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).isEqualTo("/sign-in?error");
    }

    @Test
    void signingInGoesBackToThePageAskedForOnThisSite() throws IOException {
        CurrentUser priya = fixtures.coordinator(fixtures.organisation("Northshire Partnership"));
        var client = new EvilClient();
        client.get("/people");
        client.get("/sign-in");

        var response = client.post("/sign-in", "email=" + URLEncoder.encode(priya.email(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).startsWith("/people").doesNotContain(EVIL);
    }

    @Test
    void theSavedPageKeepsOnlyItsPathAndQuery() {
        assertThat(SavedPage.pathOf("http://evil.example:8080/people?continue")).isEqualTo("/people?continue");
        assertThat(SavedPage.pathOf("http://evil.example//other.example/x")).isEqualTo("/");
        assertThat(SavedPage.pathOf("not a url")).isEqualTo("/");
    }

    record Response(int status, String location, String text) {
    }

    /** A browser that says it is visiting evil.example, keeping the session cookie and the form's security token. */
    private final class EvilClient {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private static final Pattern COOKIE = Pattern.compile("(?im)^Set-Cookie: ([^=]+=[^;\\r\\n]*)");

        private final List<String> cookies = new ArrayList<>();
        private String csrf;

        Response get(String path) throws IOException {
            return send("GET " + path + " HTTP/1.1\r\n" + headers() + "\r\n");
        }

        Response post(String path, String form) throws IOException {
            String body = form + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
            return send("POST " + path + " HTTP/1.1\r\n" + headers()
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
        }

        private String headers() {
            return "Host: " + EVIL + "\r\nConnection: close\r\n"
                    + (cookies.isEmpty() ? "" : "Cookie: " + String.join("; ", cookies) + "\r\n");
        }

        private Response send(String request) throws IOException {
            String text;
            try (Socket socket = new Socket("localhost", port)) {
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
                text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher cookie = COOKIE.matcher(text);
            while (cookie.find()) {
                String name = cookie.group(1).substring(0, cookie.group(1).indexOf('=') + 1);
                cookies.removeIf(kept -> kept.startsWith(name));
                cookies.add(cookie.group(1));
            }
            Matcher token = CSRF.matcher(text);
            if (token.find()) {
                csrf = token.group(1);
            }
            Matcher location = Pattern.compile("(?im)^Location: ([^\\r\\n]*)").matcher(text);
            return new Response(Integer.parseInt(text.substring(9, 12)), location.find() ? location.group(1) : null, text);
        }
    }
}
