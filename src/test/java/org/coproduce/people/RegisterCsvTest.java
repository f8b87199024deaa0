package org.coproduce.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.web.Labels;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class RegisterCsvTest {

    static final Labels LABELS = labels();

    @Test
    void readsAGoodFile() {
        var reading = read("""
                full_name,known_as,email,roles,skills,access_needs,formats
                Ayesha Khan,Ayesha,ayesha@example.org,lived experience,Drama; Urdu,BSL interpreter; extra breaks,easy read
                Callum Reid,Cal,callum@example.org,Family carer,,,
                """);

        assertThat(reading.fileProblem()).isNull();
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows()).hasSize(2);
        PersonDetails ayesha = reading.rows().get(0).person();
        assertThat(ayesha.fullName()).isEqualTo("Ayesha Khan");
        assertThat(ayesha.roles()).containsExactly(InvolvementRole.LIVED_EXPERIENCE);
        assertThat(ayesha.skills()).containsExactly("Drama", "Urdu");
        assertThat(ayesha.accessNeeds()).containsExactly(AccessNeed.BSL_INTERPRETER, AccessNeed.EXTRA_BREAKS);
        assertThat(ayesha.formats()).containsExactly(CommunicationFormat.EASY_READ);
        assertThat(reading.rows().get(1).person().roles()).containsExactly(InvolvementRole.FAMILY_CARER);
    }

    @Test
    void acceptsLabelsAsWellAsWordsAndIgnoresCaseAndSpacingInColumnNames() {
        var reading = read("""
                Full Name,ROLES,Access-Needs
                Ayesha Khan,Person with lived experience,British Sign Language (BSL) interpreter
                """);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows().get(0).person().accessNeeds()).containsExactly(AccessNeed.BSL_INTERPRETER);
    }

    @Test
    void listsEachBadRowWithItsLineNumberAndAReason() {
        var reading = read("""
                full_name,email,phone,roles
                Ayesha Khan,ayesha@example.org,,lived experience
                ,nobody@example.org,,
                Callum Reid,callum.example.org,,
                Rosie Turner,rosie@example.org,call me,
                Ben Carter,ben@example.org,,volunteer
                Aisha Rahman,ayesha@example.org,,
                Daniel O'Brien,danny@example.org,,,extra
                """);

        assertThat(reading.rows()).extracting(RegisterCsv.Row::line).containsExactly(2);
        assertThat(reading.problems()).extracting(RegisterCsv.Problem::line).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(reading.problems()).extracting(RegisterCsv.Problem::reason).containsExactly(
                "The full name is missing",
                "\"callum.example.org\" is not an email address in the correct format, like name@example.com",
                "\"call me\" is not a phone number we can use",
                "\"volunteer\" is not a role we know. Use one of: lived experience, family carer, professional, provider, commissioner, other",
                "The email address ayesha@example.org is also on line 2",
                "This line has more values than there are columns. Check for a comma that should not be there");
    }

    @Test
    void lineNumbersMatchTheFileEvenWhenACellRunsOverSeveralLines() {
        var reading = read("full_name,interests\nAyesha Khan,\"Housing\nand transport\"\n,Art\n");

        assertThat(reading.problems()).extracting(RegisterCsv.Problem::line).containsExactly(4);
    }

    @Test
    void valuesLongerThanTheFormsAllowAreRefused() {
        var reading = read("full_name,pronouns\nAyesha Khan," + "x".repeat(51) + "\n");

        assertThat(reading.problems().get(0).reason()).isEqualTo("The pronouns is longer than 50 characters");
    }

    @Test
    void refusesPeopleWhoAreAlreadyInTheRegister() {
        var reading = RegisterCsv.read("full_name,email\nAyesha Khan,Ayesha@Example.org\n".getBytes(StandardCharsets.UTF_8),
                Set.of("ayesha@example.org"), LABELS);

        assertThat(reading.rows()).isEmpty();
        assertThat(reading.problems().get(0).reason()).isEqualTo("Someone with the email address Ayesha@Example.org is already in the register");
    }

    @Test
    void anEmptyFileIsRefusedWithAnExplanation() {
        assertThat(read("").fileProblem()).startsWith("The file is empty");
        assertThat(read("   \n\n").fileProblem()).startsWith("The file is empty");
        assertThat(read("full_name,email\n").fileProblem()).isEqualTo("The file has column names but no people. Add a row for each person");
    }

    @Test
    void wrongColumnsAreRefusedWithTheColumnsWeCanRead() {
        assertThat(read("name,mail\nAyesha,a@example.org\n").fileProblem())
                .startsWith("The file must have a column called full_name");
        assertThat(read("full_name,shoe_size\nAyesha,5\n").fileProblem())
                .startsWith("We do not know these columns: shoe_size. The columns we can read are: full_name, known_as");
    }

    @Test
    void aHugeFileIsRefusedWithAClearMessage() {
        byte[] huge = new byte[RegisterCsv.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');

        assertThat(RegisterCsv.read(huge, Set.of(), LABELS).fileProblem())
                .isEqualTo("The file is too big. It must be smaller than 5 megabytes and have no more than 5,000 people. Split it into smaller files");
    }

    @Test
    void tooManyRowsAreRefused() {
        var csv = new StringBuilder("full_name\n");
        for (int i = 0; i <= RegisterCsv.MAX_ROWS; i++) {
            csv.append("Person ").append(i).append('\n');
        }

        assertThat(read(csv.toString()).fileProblem()).isEqualTo("The file has more than 5,000 people. Split it into smaller files");
    }

    @Test
    void aSpreadsheetFileThatIsNotCsvIsRefused() {
        byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00};

        assertThat(RegisterCsv.read(xlsx, Set.of(), LABELS).fileProblem()).startsWith("This is not a CSV file");
    }

    @Test
    void readsExcelsUtf8MarkAndOlderWindowsEncoding() {
        byte[] withMark = "\uFEFFfull_name\nZoë Brontë\n".getBytes(StandardCharsets.UTF_8);
        byte[] windows = "full_name\nZoë Brontë\n".getBytes(Charset.forName("windows-1252"));

        assertThat(RegisterCsv.read(withMark, Set.of(), LABELS).rows().get(0).person().fullName()).isEqualTo("Zoë Brontë");
        assertThat(RegisterCsv.read(windows, Set.of(), LABELS).rows().get(0).person().fullName()).isEqualTo("Zoë Brontë");
    }

    @Test
    void anExportCanBeReadBack() throws Exception {
        Person ayesha = new Person(1, "Ayesha Khan", "Ayesha", "she/her", "A self-advocate", null, "ayesha@example.org",
                "07700 900 123", null, ContactPreference.TEXT_MESSAGE, null, Set.of(InvolvementRole.LIVED_EXPERIENCE),
                List.of("Drama", "Urdu"), "Housing", Instant.EPOCH, null);
        var access = new AccessAndCommunication(Set.of(AccessNeed.BSL_INTERPRETER), "Seat near the door",
                Set.of(CommunicationFormat.EASY_READ));
        var out = new StringWriter();

        RegisterCsv.write(List.of(ayesha), Map.of(1L, access), out);
        var reading = read(out.toString());

        assertThat(reading.problems()).isEmpty();
        PersonDetails back = reading.rows().get(0).person();
        assertThat(back.fullName()).isEqualTo("Ayesha Khan");
        assertThat(back.contactPreference()).isEqualTo(ContactPreference.TEXT_MESSAGE);
        assertThat(back.skills()).containsExactly("Drama", "Urdu");
        assertThat(back.accessNeeds()).containsExactly(AccessNeed.BSL_INTERPRETER);
        assertThat(back.otherAccessNeeds()).isEqualTo("Seat near the door");
        assertThat(back.formats()).containsExactly(CommunicationFormat.EASY_READ);
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() throws Exception {
        Person mallory = new Person(1, "=HYPERLINK(\"http://evil.example\")", null, null, null, null, null, null, null, null,
                null, Set.of(), List.of(), null, Instant.EPOCH, null);
        var out = new StringWriter();

        RegisterCsv.write(List.of(mallory), Map.of(), out);

        assertThat(out.toString()).contains("'=HYPERLINK");
        assertThat(read(out.toString()).rows().get(0).person().fullName()).isEqualTo("=HYPERLINK(\"http://evil.example\")");
    }

    private static RegisterCsv.Reading read(String csv) {
        return RegisterCsv.read(csv.getBytes(StandardCharsets.UTF_8), Set.of(), LABELS);
    }

    private static Labels labels() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        try {
            var constructor = Labels.class.getDeclaredConstructor(org.springframework.context.MessageSource.class);
            constructor.setAccessible(true);
            return constructor.newInstance(messages);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
