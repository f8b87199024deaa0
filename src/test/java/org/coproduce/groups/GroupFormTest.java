package org.coproduce.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.FormErrors;
import org.junit.jupiter.api.Test;

class GroupFormTest {

    private static final String TARGET_MESSAGE = "Enter the target as a whole number from 0 to 100, like 50";
    private static final String QUORUM_MESSAGE = "Enter the quorum as a whole number, like 2, or leave it empty";

    private final List<FormErrors.Error> problems = new ArrayList<>();

    @Test
    void anEmptyFormGetsOnePlainMessageForEachMissingField() {
        GroupForm form = new GroupForm(null, null, null, null, null, null, null);

        assertThat(form.details(problems)).isNull();
        assertThat(problems).extracting(FormErrors.Error::field, FormErrors.Error::message).containsExactly(
                tuple("kind", "Choose what kind of group it is"),
                tuple("name", "Enter the group's name"),
                tuple("purpose", "Say what the group is for, in a sentence or two"),
                tuple("meets", "Choose how often the group meets"));
    }

    @Test
    void aNameOverOneHundredAndTwentyCharactersIsTurnedDown() {
        GroupForm form = valid("x".repeat(121), null, null);

        assertThat(form.details(problems)).isNull();
        assertThat(problems).extracting(FormErrors.Error::field, FormErrors.Error::message)
                .containsExactly(tuple("name", "The name must be 120 characters or fewer. It has 121."));
    }

    @Test
    void aNameOfExactlyOneHundredAndTwentyCharactersIsAccepted() {
        assertThat(valid("x".repeat(120), null, null).details(problems)).isNotNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void aTargetInWordsGetsTheTargetMessage() {
        assertThat(valid("Carers group", "fifty", null).details(problems)).isNull();
        assertThat(problems).extracting(FormErrors.Error::field, FormErrors.Error::message)
                .containsExactly(tuple("target", TARGET_MESSAGE));
    }

    @Test
    void aTargetOverOneHundredPercentGetsTheTargetMessage() {
        assertThat(valid("Carers group", "150", null).details(problems)).isNull();
        assertThat(problems).extracting(FormErrors.Error::field, FormErrors.Error::message)
                .containsExactly(tuple("target", TARGET_MESSAGE));
    }

    @Test
    void aNegativeOrFractionalTargetGetsTheTargetMessage() {
        assertThat(valid("Carers group", "-1", null).details(problems)).isNull();
        assertThat(valid("Carers group", "50.5", null).details(problems)).isNull();
        assertThat(problems).extracting(FormErrors.Error::field).containsExactly("target", "target");
    }

    @Test
    void aTargetWrittenWithAPercentSignIsAccepted() {
        GroupDetails details = valid("Carers group", "50%", null).details(problems);

        assertThat(problems).isEmpty();
        assertThat(details.target()).isEqualTo(50);
    }

    @Test
    void targetsOfNoneAndAllAreAccepted() {
        assertThat(valid("Carers group", "0", null).details(problems).target()).isZero();
        assertThat(valid("Carers group", "100", null).details(problems).target()).isEqualTo(100);
        assertThat(problems).isEmpty();
    }

    @Test
    void aQuorumOfNoOneIsTurnedDown() {
        assertThat(valid("Carers group", null, "0").details(problems)).isNull();
        assertThat(problems).extracting(FormErrors.Error::field, FormErrors.Error::message)
                .containsExactly(tuple("quorum", QUORUM_MESSAGE));
    }

    @Test
    void aQuorumInWordsIsTurnedDown() {
        assertThat(valid("Carers group", null, "two").details(problems)).isNull();
        assertThat(problems).extracting(FormErrors.Error::field).containsExactly("quorum");
    }

    @Test
    void problemsWithTheTargetAndQuorumAreBothReportedInTheOrderOfTheForm() {
        GroupForm form = new GroupForm(null, "Carers group", "Hearing from carers", MeetingFrequency.MONTHLY, "lots", null, "0");

        assertThat(form.details(problems)).isNull();
        assertThat(problems).extracting(FormErrors.Error::field).containsExactly("kind", "target", "quorum");
    }

    @Test
    void aCompleteFormGivesTheDetailsWithItsNumbers() {
        GroupForm form = new GroupForm(GroupKind.WORKING_GROUP, "Carers group", "Hearing from carers",
                MeetingFrequency.FORTNIGHTLY, "60", 3L, "2");

        GroupDetails details = form.details(problems);

        assertThat(problems).isEmpty();
        assertThat(details).isEqualTo(new GroupDetails(GroupKind.WORKING_GROUP, "Carers group", "Hearing from carers",
                MeetingFrequency.FORTNIGHTLY, 60, 3L, 2));
    }

    @Test
    void theTargetAndQuorumCanBeLeftEmpty() {
        GroupDetails details = valid("Carers group", null, null).details(problems);

        assertThat(problems).isEmpty();
        assertThat(details.target()).isNull();
        assertThat(details.quorum()).isNull();
    }

    @Test
    void aSavedGroupComesBackIntoTheFormAsItWasEntered() {
        Group group = new Group(4, GroupKind.REFERENCE_GROUP, "Carers group", "Hearing from carers", MeetingFrequency.QUARTERLY,
                40, 1L, "Partnership board", 3);

        GroupDetails details = GroupForm.of(group).details(problems);

        assertThat(problems).isEmpty();
        assertThat(details).isEqualTo(new GroupDetails(GroupKind.REFERENCE_GROUP, "Carers group", "Hearing from carers",
                MeetingFrequency.QUARTERLY, 40, 1L, 3));
    }

    private static GroupForm valid(String name, String target, String quorum) {
        return new GroupForm(GroupKind.BOARD, name, "Deciding what matters most", MeetingFrequency.MONTHLY, target, null, quorum);
    }
}
