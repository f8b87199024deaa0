package org.coproduce.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Someone using the running application over real HTTP, with cookies, who fills in forms: the way to test
 * signing in end to end, with Spring Security's real filters, sessions in the database and CSRF tokens.
 * Redirects are not followed automatically, so tests can check where they lead.
 */
public class Visitor {

    public record Page(int status, String body, String location, String contentType) {
        public boolean redirectsTo(String path) {
            return location != null && (location.equals(path) || location.endsWith(path));
        }

        public boolean isHtml() {
            return contentType != null && contentType.startsWith("text/html");
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    private final String base;
    private String csrf;

    public Visitor(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** Sends a form by GET, as a browser does: its fields, in order, as the query. */
    public Page get(String path, List<Map.Entry<String, String>> fields) {
        return get(fields.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + encoded(fields));
    }

    /** Sends a form with the CSRF token from the last page seen, as a browser would. */
    public Page post(String path, String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        if (csrf != null) {
            form.putIfAbsent("_csrf", csrf);
        }
        return post(path, List.copyOf(form.entrySet()));
    }

    public Page postWithoutToken(String path, String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return post(path, List.copyOf(form.entrySet()));
    }

    /**
     * Sends exactly these fields, in order, as a browser sends a form: a name comes once for each ticked box that
     * has it. Nothing is added, so a form's own CSRF field is the token sent.
     */
    public Page post(String path, List<Map.Entry<String, String>> fields) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(fields))).build());
    }

    /** Sends a form with one file, as a browser sends an upload, with the CSRF token from the last page seen. */
    public Page postFile(String path, String fileField, String fileName, byte[] content, String... namesAndValues) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        if (csrf != null) {
            fields.add(Map.entry("_csrf", csrf));
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        return postMultipart(path, fields, List.of(new FilePart(fileField, fileName, content)));
    }

    /** Sends a form that can carry files, as a browser does when none is chosen: each file field empty, with no name. */
    public Page postWithoutFiles(String path, List<Map.Entry<String, String>> fields, List<String> fileFields) {
        return postMultipart(path, fields, fileFields.stream().map(name -> new FilePart(name, "", new byte[0])).toList());
    }

    private record FilePart(String field, String fileName, byte[] content) {
    }

    private Page postMultipart(String path, List<Map.Entry<String, String>> fields, List<FilePart> files) {
        String boundary = "----coproduce-test-" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        fields.forEach(field -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (FilePart file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
                    + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Follows a chain of redirects to the page at its end. */
    public Page follow(Page page) {
        Page current = page;
        for (int hops = 0; current.location() != null && hops < 5; hops++) {
            current = get(current.location());
        }
        return current;
    }

    public void forgetCookies() {
        cookies.getCookieStore().removeAll();
        csrf = null;
    }

    public CookieManager cookies() {
        return cookies;
    }

    private static String encoded(List<Map.Entry<String, String>> fields) {
        return fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }
}
