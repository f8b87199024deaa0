package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.coproduce.notifications.InProcessMailServer;
import org.coproduce.publicforms.PublicForms;
import org.coproduce.support.SiteCrawl;
import org.coproduce.support.SiteCrawl.Field;
import org.coproduce.support.SiteCrawl.Form;
import org.coproduce.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every form anyone can reach, found by following the links as each demo account (and the public), sent back with
 * text nobody means to type but anyone can paste: control characters, direction overrides, odd Unicode, very long
 * text, things that look like SQL or HTML. Whatever comes back, it must not be a server error. The forms are found,
 * not listed, so a new form is covered the day it is linked.
 *
 * <p>It runs on the demo data in a context of its own (the fuzzing property keeps it apart from {@code DemoTest}'s),
 * as it saves odd text over the demo's. Each kind of form is sent a few dozen times, by the first role to find it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=embedded", "coproduce.embedded-database.directory=",
        "coproduce.public-forms.most-per-hour=1000000", "coproduce.test.fuzzing-every-form=true"})
@ActiveProfiles({"test", "demo"})
class EveryFormSurvivesOddTextTest {

    /** The README's password for every demo account. */
    private static final String DEMO_PASSWORD = "coproduce-demo";
    /** Forms that end or take away something: sending them would leave less for the rest to find. */
    private static final Pattern TAKES_AWAY = Pattern.compile(
            ".*(sign-out|erase|withdraw|delete|archive|remove|deactivate|discard|leave).*|/demo/.*");

    private record Odd(String kind, String text) {
    }

    private static final Odd VERY_LONG = new Odd("very long text (100,000 characters)", "Long words. ".repeat(8_333) + "end.");

    private static final Odd NULL_BYTE = new Odd("null byte", "Anne\u0000 Smith");
    private static final Odd CONTROLS = new Odd("control characters and terminal escapes",
            "\u0001\u0007\b\u000B\u000C\u001F\u007F\u0080\u0085\u009B\u009F \u001B[31mred\u001B[0m \u001B]0;title\u0007 \u001B[2J");
    private static final Odd DIRECTION = new Odd("direction controls",
            "invoice\u202Efdp.exe \u202A\u202B\u202C\u202D \u2066\u2067\u2068\u2069 \u200E\u200F\u061C");
    private static final Odd WELSH_AND_ARABIC = new Odd("Welsh and Arabic", "Siân ŵ ŷ Ŵ Ŷ — مرحبا، كيف حالك؟ ١٢٣");
    private static final Odd HTML = new Odd("HTML-like and placeholders",
            "<script>alert(1)</script><img src=x onerror=alert(1)> &amp; &#0; ]]> <!-- {0} {1,number} %s %n ${7*7} '{'");

    private static final List<Odd> ODD_TEXT = List.of(NULL_BYTE, CONTROLS, DIRECTION, WELSH_AND_ARABIC, HTML,
            new Odd("emoji, joiners, combining marks and Zalgo", "👩🏿‍🦽 👨‍👩‍👧‍👦 🏳️‍🌈 👍🏽 a\u200Bb\u200Cc\u200Dd\u2060e\uFEFF "
                    + "e\u0301 n\u0303 Z\u0337\u0322\u031B\u032E\u032Ba\u0338\u0321\u0330l\u0336\u0328g\u0335\u0331o\u0334\u0348"),
            new Odd("non-characters and lone surrogates", "\uFFFF \uFFFE \uFFFD \uDBFF x \uDC00 end"),
            new Odd("SQL-like", "Robert'); DROP TABLE person; -- ' OR '1'='1 \\ %_ $$ $1"),
            new Odd("spaces only", " \u00A0\u2003\u3000 \t "),
            VERY_LONG);

    /** For fields with a format (numbers, dates, email addresses, phone numbers): out of range, and not digits. */
    private static final List<Odd> ODD_FORMATTED = List.of(
            new Odd("huge number", "99999999999999999999999"),
            new Odd("just past the largest int", "2147483648"),
            new Odd("far below zero", "-2147483649"),
            new Odd("exponent", "1e400"),
            new Odd("other digits", "١٢"),
            NULL_BYTE, CONTROLS, DIRECTION, HTML);

    @Autowired InProcessMailServer mail;
    @Autowired PublicForms publicForms;
    @LocalServerPort int port;

    private final List<String> failures = new ArrayList<>();
    private final Set<String> fuzzed = new HashSet<>();

    private record Role(String name, Supplier<Visitor> signIn, String... starts) {
    }

    /** What one role found and sent: forms of each kind it found, and those not already sent by an earlier role. */
    private record Tally(String role, int pages, int forms, int sentForms, int submissions, int failures, long seconds) {
    }

    @Test
    void noFormAnswersOddTextWithAServerError() {
        List<Role> roles = List.of(
                new Role("public", () -> new Visitor(port), "/", "/public/northshire", "/public/eastvale", "/sign-in",
                        "/sign-in/email-link", "/demo/mailbox"),
                new Role("partner", this::jamie, "/"),
                new Role("coordinator", () -> signedIn("priya.shah@northshire.example"), "/"),
                new Role("staff", () -> signedIn("tom.bennett@northshire.example"), "/"),
                new Role("finance", () -> signedIn("grace.adeyemi@northshire.example"), "/"),
                new Role("board", () -> signedIn("helen.ward@northshire.example"), "/"));
        // Everyone signs in first, as one role's odd text may go into another's email address.
        List<Visitor> visitors = roles.stream().map(role -> role.signIn().get()).toList();

        List<Tally> tallies = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            Role role = roles.get(i);
            Visitor visitor = visitors.get(i);
            int failedBefore = failures.size();
            long started = System.nanoTime();
            SiteCrawl.Site site = SiteCrawl.as(visitor).from(role.starts()).crawl();
            site.pages().stream().filter(page -> page.status() >= 500)
                    .forEach(page -> failures.add(role.name() + ": reading " + page.path() + " gave " + page.status()));
            List<Form> forms = site.formsOfEachKind();
            int sentForms = 0;
            int sent = 0;
            for (Form form : forms) {
                if (!fuzzed.add(form.kind())) {
                    continue;
                }
                if (TAKES_AWAY.matcher(form.action()).matches() || !form.action().startsWith("/")) {
                    skipped.add(role.name() + ": " + form.method().toUpperCase(Locale.ROOT) + " " + form.action());
                    continue;
                }
                List<Submission> submissions = submissions(form);
                submissions.forEach(submission -> send(role.name(), visitor, form, submission));
                sentForms += submissions.isEmpty() ? 0 : 1;
                sent += submissions.size();
            }
            tallies.add(new Tally(role.name(), site.pages().size(), forms.size(), sentForms, sent, failures.size() - failedBefore,
                    (System.nanoTime() - started) / 1_000_000_000));
        }

        System.out.println(table(tallies));
        System.out.println("Not sent, as they end or take away something:\n  " + String.join("\n  ", skipped));
        assertThat(failures).as("forms and pages that gave a server error").isEmpty();
    }

    /** One way to send a form: which fields get which odd text, and how to name them in a failure. */
    private record Submission(String where, Predicate<Field> odd, Odd value) {
    }

    /**
     * Odd text in every free-text field at once (the rest plausible, so the form can be saved), then in every field
     * with a format; then very long text in one field at a time, so that another field's error cannot hide it.
     */
    private static List<Submission> submissions(Form form) {
        List<Field> typed = form.fields().stream().filter(Field::isTyped).toList();
        Predicate<Field> freeText = field -> !field.wantsDigits() && Set.of("text", "textarea", "search").contains(field.type());
        List<Field> free = typed.stream().filter(freeText).toList();
        List<Field> formatted = typed.stream().filter(freeText.negate()).toList();
        List<Submission> submissions = new ArrayList<>();
        if (!free.isEmpty()) {
            ODD_TEXT.forEach(odd -> submissions.add(new Submission("every free-text field", free::contains, odd)));
        }
        if (!formatted.isEmpty()) {
            ODD_FORMATTED.forEach(odd -> submissions.add(new Submission("every field with a format", formatted::contains, odd)));
        }
        if (typed.size() > 1) {
            typed.forEach(field -> submissions.add(new Submission(field.name(), field::equals, VERY_LONG)));
        }
        return submissions;
    }

    /** Sends the form as the submission says, following any redirect, and notes a server error on the way. */
    private void send(String role, Visitor visitor, Form form, Submission submission) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Field field : form.fields()) {
            if (field.isFile()) {
                continue;
            }
            List<String> values = switch (field.type()) {
                case "checkbox" -> field.values();
                case "radio", "select" -> List.of(chosen(field));
                case "hidden" -> List.of(field.name().equals(PublicForms.STAMP) ? shownAMinuteAgo() : field.value());
                default -> List.of(submission.odd().test(field) ? submission.value().text() : plausible(field));
            };
            values.forEach(value -> fields.add(Map.entry(field.name(), value)));
        }
        String status;
        try {
            Visitor.Page page = !form.isPost() ? visitor.get(form.action(), fields)
                    : form.multipart() ? visitor.postWithoutFiles(form.action(), fields,
                            form.fields().stream().filter(Field::isFile).map(Field::name).toList())
                    : visitor.post(form.action(), fields);
            Visitor.Page shown = visitor.follow(page);
            if (page.status() < 500 && shown.status() < 500) {
                return;
            }
            status = page.status() >= 500 ? String.valueOf(page.status()) : page.status() + " then " + shown.status();
        } catch (IllegalStateException e) {
            status = "no answer (" + e.getMessage() + ")";
        }
        failures.add("%s: %s %s (found on %s), %s: %s, gave %s".formatted(role, form.method().toUpperCase(Locale.ROOT),
                form.action(), form.foundOn(), submission.where(), submission.value().kind(), status));
    }

    /** The option chosen on the page, or the first that is an answer. */
    private static String chosen(Field field) {
        return !field.value().isBlank() ? field.value()
                : field.options().stream().filter(option -> !option.isBlank()).findFirst().orElse(field.value());
    }

    /** What a person might have typed: the page's own value, or a sensible answer for an empty field. */
    private static String plausible(Field field) {
        if (field.name().equals(PublicForms.HONEYPOT) || !field.value().isBlank() || field.type().equals("submit")) {
            return field.value();
        }
        LocalDate today = LocalDate.now();
        if (field.wantsDigits()) {
            return field.name().endsWith("Day") ? String.valueOf(today.getDayOfMonth())
                    : field.name().endsWith("Month") ? String.valueOf(today.getMonthValue())
                    : field.name().endsWith("Year") ? String.valueOf(today.getYear())
                    : "2";
        }
        return switch (field.type()) {
            case "email" -> "odd.text@example.org";
            case "tel" -> "07700 900 456";
            case "url" -> "https://example.org/odd";
            case "password" -> "not the right password";
            case "date" -> today.toString();
            default -> field.name().toLowerCase(Locale.ROOT).contains("email") ? "odd.text@example.org" : "A plain answer";
        };
    }

    /** Public forms refuse what comes back within seconds of being shown, as robots do. */
    private String shownAMinuteAgo() {
        return publicForms.stamp(Instant.now().minusSeconds(60));
    }

    private Visitor signedIn(String email) {
        Visitor visitor = new Visitor(port);
        visitor.get("/sign-in");
        visitor.post("/sign-in", "email", email, "password", DEMO_PASSWORD);
        assertThat(visitor.follow(visitor.get("/")).body()).as(email).contains("Hello");
        return visitor;
    }

    /** Jamie signs in with a link from the demo mailbox. */
    private Visitor jamie() {
        String email = "jamie.lee@northshire.example";
        Visitor visitor = new Visitor(port);
        int emailsBefore = mail.countTo(email);
        visitor.get("/sign-in/email-link");
        visitor.post("/sign-in/email-link", "username", email);
        String link = mail.latestTo(email, emailsBefore).orElseThrow().firstLink().replace("http://localhost", "");
        visitor.get(link);
        visitor.post("/login/ott", "token", link.substring(link.indexOf("token=") + "token=".length()));
        assertThat(visitor.follow(visitor.get("/")).body()).as(email).contains("Hello");
        return visitor;
    }

    private static String table(List<Tally> tallies) {
        StringBuilder table = new StringBuilder("\n| role | pages crawled | forms found | forms sent (new ones) | submissions | failures | seconds |\n")
                .append("| --- | --: | --: | --: | --: | --: | --: |\n");
        tallies.forEach(t -> table.append("| %s | %d | %d | %d | %d | %d | %d |\n".formatted(t.role(), t.pages(), t.forms(), t.sentForms(),
                t.submissions(), t.failures(), t.seconds())));
        return table.toString();
    }
}
