package org.coproduce.people;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.coproduce.web.CsvWriter;
import org.coproduce.web.Labels;

/**
 * The register as a spreadsheet (CSV): the same columns for export and import, so an export can be read back.
 * Lists in a cell are separated by semicolons; choices are written in words, such as "lived experience".
 */
final class RegisterCsv {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 5_000;
    static final List<String> COLUMNS = List.of("full_name", "known_as", "pronouns", "preferred_terms", "email", "phone",
            "contact_preference", "roles", "skills", "interests", "access_needs", "other_access_needs", "formats");

    /** A row that will be added, with the line it came from. */
    record Row(int line, PersonDetails person) {
    }

    /** A row that will not be added, and why, in words a coordinator can act on. */
    record Problem(int line, String reason) {
    }

    /**
     * What reading a file found. When {@code fileProblem} is set, nothing in the file could be used.
     */
    record Reading(List<Row> rows, List<Problem> problems, String fileProblem) {

        static Reading unusable(String why) {
            return new Reading(List.of(), List.of(), why);
        }
    }

    private RegisterCsv() {
    }

    /**
     * Reads a file, checking every row against the rules of the register and against the email addresses
     * already in it. Writes nothing.
     */
    static Reading read(byte[] bytes, Set<String> emailsInRegister, Labels labels) {
        if (bytes.length > MAX_BYTES) {
            return Reading.unusable("The file is too big. It must be smaller than 5 megabytes and have no more than "
                    + String.format(Locale.UK, "%,d", MAX_ROWS) + " people. Split it into smaller files");
        }
        for (byte b : bytes) {
            if (b == 0) {
                return Reading.unusable("This is not a CSV file. In your spreadsheet, choose \"Save as\" and \"CSV UTF-8\", then upload that file");
            }
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            return Reading.unusable("The file is empty. Choose a file with a row of column names and a row for each person");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> headers = parser.getHeaderNames().stream().map(RegisterCsv::columnName).toList();
            String headerProblem = checkHeaders(headers);
            if (headerProblem != null) {
                return Reading.unusable(headerProblem);
            }
            return readRows(parser, headers, emailsInRegister, labels, new Lines(text));
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            return Reading.unusable("We could not read this file. Save it from your spreadsheet as \"CSV UTF-8\" and try again");
        }
    }

    private static Reading readRows(CSVParser parser, List<String> headers, Set<String> emailsInRegister, Labels labels,
            Lines lines) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> emailLines = new HashMap<>();
        int count = 0;
        for (CSVRecord record : parser) {
            count++;
            if (count > MAX_ROWS) {
                return Reading.unusable("The file has more than " + String.format(Locale.UK, "%,d", MAX_ROWS)
                        + " people. Split it into smaller files");
            }
            int line = lines.lineAt(record.getCharacterPosition());
            if (record.size() > headers.size()) {
                problems.add(new Problem(line, "This line has more values than there are columns. Check for a comma that should not be there"));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < record.size(); i++) {
                values.put(headers.get(i), clean(record.get(i)));
            }
            try {
                PersonDetails person = person(values, labels);
                if (person.email() != null) {
                    String key = person.email().toLowerCase(Locale.ROOT);
                    if (emailsInRegister.contains(key)) {
                        throw new BadValue("Someone with the email address " + person.email() + " is already in the register");
                    }
                    Integer earlier = emailLines.putIfAbsent(key, line);
                    if (earlier != null) {
                        throw new BadValue("The email address " + person.email() + " is also on line " + earlier);
                    }
                }
                rows.add(new Row(line, person));
            } catch (BadValue bad) {
                problems.add(new Problem(line, bad.getMessage()));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            return Reading.unusable("The file has column names but no people. Add a row for each person");
        }
        return new Reading(rows, problems, null);
    }

    private static PersonDetails person(Map<String, String> values, Labels labels) {
        String fullName = values.get("full_name");
        if (fullName == null) {
            throw new BadValue("The full name is missing");
        }
        if (fullName.length() > PeopleLimits.FULL_NAME) {
            throw new BadValue("The full name is longer than " + PeopleLimits.FULL_NAME + " characters");
        }
        String email = values.get("email");
        if (email != null && !email.matches(PeopleForms.EMAIL)) {
            throw new BadValue("\"" + email + "\" is not an email address in the correct format, like name@example.com");
        }
        tooLong(values, "known_as", PeopleLimits.KNOWN_AS, "The name they like to be called");
        tooLong(values, "pronouns", PeopleLimits.PRONOUNS, "The pronouns");
        tooLong(values, "preferred_terms", PeopleLimits.TERMS, "How they like to be described");
        tooLong(values, "email", PeopleLimits.EMAIL, "The email address");
        tooLong(values, "interests", PeopleLimits.INTERESTS, "The interests");
        tooLong(values, "skills", PeopleLimits.SKILLS, "The skills");
        tooLong(values, "other_access_needs", PeopleLimits.NOTE, "The other access needs");
        String phone = values.get("phone");
        if (phone != null && !phone.matches(PeopleForms.PHONE)) {
            throw new BadValue("\"" + phone + "\" is not a phone number we can use");
        }
        Set<ContactPreference> preference = choices(ContactPreference.class, values.get("contact_preference"), "contact preference", labels);
        if (preference.size() > 1) {
            throw new BadValue("Give only one contact preference");
        }
        return new PersonDetails(fullName, values.get("known_as"), values.get("pronouns"), values.get("preferred_terms"), null,
                email, phone, null, preference.isEmpty() ? null : preference.iterator().next(), null,
                choices(InvolvementRole.class, values.get("roles"), "role", labels),
                PeopleForms.splitList(values.get("skills") == null ? null : values.get("skills").replace(';', '\n')),
                values.get("interests"),
                choices(AccessNeed.class, values.get("access_needs"), "access need", labels),
                values.get("other_access_needs"),
                choices(CommunicationFormat.class, values.get("formats"), "format", labels));
    }

    /** Choices in a cell, separated by semicolons, each matched to its word form or its label, ignoring case and punctuation. */
    private static <E extends Enum<E>> Set<E> choices(Class<E> type, String cell, String what, Labels labels) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (cell == null) {
            return chosen;
        }
        for (String word : cell.split(";")) {
            if (word.isBlank()) {
                continue;
            }
            String wanted = normalise(word);
            E match = Arrays.stream(type.getEnumConstants())
                    .filter(value -> normalise(value.name()).equals(wanted) || normalise(labels.of(value)).equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new BadValue("\"" + word.trim() + "\" is not " + (what.matches("^[aeiou].*") ? "an " : "a ")
                            + what + " we know. Use one of: "
                            + Arrays.stream(type.getEnumConstants()).map(RegisterCsv::word).collect(Collectors.joining(", "))));
            chosen.add(match);
        }
        return chosen;
    }

    private static void tooLong(Map<String, String> values, String column, int limit, String what) {
        String value = values.get(column);
        if (value != null && value.length() > limit) {
            throw new BadValue(what + " is longer than " + limit + " characters");
        }
    }

    /** Line numbers as a spreadsheet or text editor shows them, even when a cell runs over several lines. */
    private static final class Lines {
        private final int[] starts;

        Lines(String text) {
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineAt(long position) {
            int index = Arrays.binarySearch(starts, (int) position);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }

    private static String checkHeaders(List<String> headers) {
        if (!headers.contains("full_name")) {
            return "The file must have a column called full_name. The first line should be the column names, for example: "
                    + String.join(", ", COLUMNS.subList(0, 5));
        }
        List<String> unknown = headers.stream().filter(h -> !COLUMNS.contains(h)).toList();
        if (!unknown.isEmpty()) {
            return "We do not know these columns: " + String.join(", ", unknown) + ". The columns we can read are: "
                    + String.join(", ", COLUMNS);
        }
        return null;
    }

    static void write(Collection<Person> people, Map<Long, AccessAndCommunication> access, Writer out) {
        try (CsvWriter csv = new CsvWriter(out, COLUMNS)) {
            for (Person person : people) {
                AccessAndCommunication needs = access.getOrDefault(person.id(), new AccessAndCommunication(Set.of(), null, Set.of()));
                csv.row(person.fullName(), person.knownAs(), person.pronouns(), person.preferredTerms(), person.email(), person.phone(),
                        word(person.contactPreference()), words(person.roles()), String.join("; ", person.skills()), person.interests(),
                        words(needs.needs()), needs.otherNeeds(), words(needs.formats()));
            }
        }
    }

    private static String words(Collection<? extends Enum<?>> values) {
        return values.stream().map(RegisterCsv::word).collect(Collectors.joining("; "));
    }

    private static String word(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String clean(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > 1 && trimmed.charAt(0) == '\'' && "=+-@".indexOf(trimmed.charAt(1)) >= 0) {
            return trimmed.substring(1);
        }
        return trimmed;
    }

    private static String columnName(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** UTF-8 (with or without the mark Excel adds), or else Windows-1252, which older Excel saves by default. */
    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static final class BadValue extends RuntimeException {
        BadValue(String message) {
            super(message, null, false, false);
        }
    }
}
