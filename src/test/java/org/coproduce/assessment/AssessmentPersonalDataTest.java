package org.coproduce.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person's copy of their information holds their own ratings, comments, evidence files and actions, and nobody else's. */
@CoproduceTest
class AssessmentPersonalDataTest {

    static final LocalDate DUE = LocalDate.now(Dates.LONDON).plusMonths(2);

    @Autowired Fixtures fixtures;
    @Autowired Rounds rounds;
    @Autowired FrameworkRepository frameworks;
    @Autowired AgreementRepository agreements;
    @Autowired AssessmentPersonalData personalData;

    Organisation northshire;
    CurrentUser priya;
    CurrentUser jamie;
    CurrentUser tom;
    long round;
    String firstIndicator;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        jamie = fixtures.partner(northshire);
        tom = fixtures.staff(northshire);
        long ladder = frameworks.available(northshire.id()).stream().filter(f -> f.name().equals("Where is our work on the ladder?"))
                .findFirst().orElseThrow().frameworkId();
        round = rounds.start(priya, ladder, "Autumn check", LocalDate.now(Dates.LONDON).plusWeeks(2), Set.of(jamie.personId(), tom.personId()));
        Framework.Indicator first = rounds.framework(northshire.id(), round).indicators().get(0);
        firstIndicator = first.code() + ": " + first.doingWell();

        rate(jamie, "We only hear about decisions afterwards", "our plan.pdf", true);
        rate(tom, "Tom thinks it is going fine", "tom's notes.pdf", false);
        agreements.agree(northshire.id(), round, "1.1", Rating.GETTING_THERE, "Shared on the board, not yet elsewhere",
                List.of(jamie.personId()), priya.personId());
        agreements.addAction(northshire.id(), round, "1.1", "Co-chairs for working groups", jamie.personId(), DUE, priya.personId());
        agreements.addAction(northshire.id(), round, "1.1", "Train staff in co-production", tom.personId(), DUE, priya.personId());
    }

    @Test
    void theCopyHoldsTheirRatingsWithTheirCommentsAndWhetherTheirNameIsShown() {
        List<List<String>> ratings = rows(personalData.about(northshire.id(), jamie.personId()), "Your ratings");

        assertThat(ratings).hasSize(rounds.framework(northshire.id(), round).indicatorCount());
        assertThat(ratings.get(0)).containsExactly("Autumn check", firstIndicator, "More to do", "We only hear about decisions afterwards",
                "", "Yes", Dates.date(LocalDate.now(Dates.LONDON)));
    }

    @Test
    void theCopyHoldsTheEvidenceFilesTheyGaveAsFiles() {
        PersonalData.Part part = personalData.about(northshire.id(), jamie.personId());

        assertThat(rows(part, "Evidence files you gave")).containsExactly(
                List.of("Autumn check", firstIndicator, "our-plan.pdf", Dates.date(LocalDate.now(Dates.LONDON))));
        assertThat(part.files()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("our-plan.pdf");
            assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7 our plan.pdf");
        });
    }

    @Test
    void theCopyHoldsTheRatingsTheyAgreedAndTheActionsTheyOwn() {
        PersonalData.Part part = personalData.about(northshire.id(), jamie.personId());

        assertThat(rows(part, "Ratings you agreed with others")).containsExactly(
                List.of("Autumn check", firstIndicator, "Getting there", "Shared on the board, not yet elsewhere"));
        assertThat(rows(part, "Actions you took on")).containsExactly(
                List.of("Autumn check", firstIndicator, "Co-chairs for working groups", Dates.date(DUE), "", ""));
    }

    @Test
    void nothingSomeoneElseRatedWroteOrOwnsIsInTheCopy() {
        PersonalData.Part part = personalData.about(northshire.id(), jamie.personId());

        assertThat(part.tables().toString()).doesNotContain("Tom thinks").doesNotContain("Train staff");
        assertThat(part.files()).extracting(PersonalData.Attachment::name).doesNotContain("tom-s-notes.pdf", "tom's notes.pdf");
    }

    @Test
    void anotherOrganisationHoldsNothingAboutThem() {
        Organisation eastvale = fixtures.organisation("Eastvale Carers");

        assertThat(personalData.about(eastvale.id(), jamie.personId()).empty()).isTrue();
    }

    private void rate(CurrentUser who, String comment, String fileName, boolean nameShown) {
        Map<String, GivenRating> given = new HashMap<>();
        rounds.framework(northshire.id(), round).indicators().forEach(indicator ->
                given.put(indicator.code(), new GivenRating(indicator.code(), Rating.DONT_KNOW, null, null)));
        String code = rounds.framework(northshire.id(), round).indicators().get(0).code();
        given.put(code, new GivenRating(code, Rating.MORE_TO_DO, comment, null));
        byte[] pdf = ("%PDF-1.7 " + fileName).getBytes(StandardCharsets.UTF_8);
        rounds.rate(who, round, given, Map.of(code, new EvidenceFile(fileName.replace(" ", "-").replace("'", "-"), "application/pdf", pdf)),
                true, nameShown);
    }

    private static List<List<String>> rows(PersonalData.Part part, String title) {
        return part.tables().stream().filter(table -> table.title().equals(title)).findFirst()
                .map(PersonalData.Table::rows).orElse(List.of());
    }
}
