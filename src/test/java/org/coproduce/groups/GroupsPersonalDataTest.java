package org.coproduce.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person's copy of their information holds every spell they had in a group, their induction and their champion work. */
@CoproduceTest
class GroupsPersonalDataTest {

    static final LocalDate LAST_YEAR = LocalDate.now(Dates.LONDON).minusYears(1);
    static final LocalDate TODAY = LocalDate.now(Dates.LONDON);

    @Autowired Fixtures fixtures;
    @Autowired GroupChanges changes;
    @Autowired Groups groups;
    @Autowired GroupsPersonalData personalData;

    Organisation northshire;
    CurrentUser priya;
    long jamie;
    long helen;
    long board;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        jamie = fixtures.person(northshire, PersonDetails.basic("Jamie Lee", "Jamie", null, null, Set.of(InvolvementRole.LIVED_EXPERIENCE)));
        helen = fixtures.person(northshire, PersonDetails.basic("Helen Ward", "Helen", null, null, Set.of(InvolvementRole.LIVED_EXPERIENCE)));
        board = changes.create(priya, new GroupDetails(GroupKind.BOARD, "Partnership Board", "Takes the big decisions.",
                MeetingFrequency.MONTHLY, 50, null, null));
        long network = changes.create(priya, new GroupDetails(GroupKind.CHAMPIONS_NETWORK, "Champions", "Champions co-production.",
                MeetingFrequency.QUARTERLY, null, null, null));

        long spell = changes.addMember(priya, board, jamie, MemberRole.MEMBER, LAST_YEAR, LAST_YEAR.plusYears(3));
        changes.recordInduction(priya, board, spell, List.of(groups.inductionItemIds(northshire.id(), board).get(0)));
        changes.addMember(priya, board, helen, MemberRole.CO_CHAIR, LAST_YEAR, null);
        changes.changeRole(priya, board, spell, MemberRole.CO_CHAIR, null);
        changes.addMember(priya, network, jamie, MemberRole.MEMBER, LAST_YEAR, null);
        changes.addMember(priya, network, helen, MemberRole.MEMBER, LAST_YEAR, null);
        changes.recordChampionWork(priya, network, jamie, ChampionActivity.TRAINING, "A course on chairing meetings", LAST_YEAR.plusMonths(2));
        changes.recordChampionWork(priya, network, helen, ChampionActivity.SUPPORT, "The summer fair stall", LAST_YEAR.plusMonths(3));
    }

    @Test
    void theCopyHoldsEverySpellInAGroupWithTheDaysItStartedAndEnded() {
        PersonalData.Part part = personalData.about(northshire.id(), jamie);

        assertThat(rows(part, "Groups you are in or were in")).containsExactlyInAnyOrder(
                List.of("Partnership Board", "Co-chair", Dates.date(TODAY), "", ""),
                List.of("Champions", "Member", Dates.date(LAST_YEAR), "", ""),
                List.of("Partnership Board", "Member", Dates.date(LAST_YEAR), Dates.date(LAST_YEAR.plusYears(3)), Dates.date(TODAY)));
    }

    @Test
    void theCopyHoldsTheInductionDoneAndStillToDoOnceEvenAfterARoleChange() {
        List<List<String>> induction = rows(personalData.about(northshire.id(), jamie), "Your induction");

        assertThat(induction).hasSize(2 * DefaultInduction.ITEMS.size());
        assertThat(induction).contains(List.of("Partnership Board", DefaultInduction.ITEMS.get(0), Dates.date(TODAY)))
                .contains(List.of("Partnership Board", DefaultInduction.ITEMS.get(1), "Not yet"));
    }

    @Test
    void theCopyHoldsTheirChampionWorkAndNobodyElses() {
        PersonalData.Part part = personalData.about(northshire.id(), jamie);

        assertThat(rows(part, "Your work as a champion"))
                .containsExactly(List.of("Training they did", "A course on chairing meetings", Dates.date(LAST_YEAR.plusMonths(2))));
        assertThat(part.tables().toString()).doesNotContain("The summer fair stall");
    }

    @Test
    void anotherOrganisationHoldsNothingAboutThem() {
        Organisation eastvale = fixtures.organisation("Eastvale Carers");

        assertThat(personalData.about(eastvale.id(), jamie).empty()).isTrue();
    }

    static List<List<String>> rows(PersonalData.Part part, String title) {
        return part.tables().stream().filter(table -> table.title().equals(title)).findFirst()
                .map(PersonalData.Table::rows).orElse(List.of());
    }
}
