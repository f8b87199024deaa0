package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusedTest {

    @Test
    void aRefusalOnOneFieldShowsItsMessageNextToThatField() {
        Refused refused = new Refused("title", "There is already a project called Day services. Choose another title");

        FormErrors errors = FormErrors.of(refused);

        assertThat(errors.of("title")).isEqualTo("There is already a project called Day services. Choose another title");
        assertThat(refused).hasMessage("There is already a project called Day services. Choose another title");
    }

    @Test
    void errorsKeepTheOrderOfTheFormAndTheFirstMessageOfEachField() {
        Refused refused = new Refused(List.of(
                new FormErrors.Error("title", "Enter a title"),
                new FormErrors.Error("closes", "The closing day must be today or later"),
                new FormErrors.Error("title", "The title must be 100 characters or fewer")));

        assertThat(refused.errors().all()).containsExactly(
                new FormErrors.Error("title", "Enter a title"),
                new FormErrors.Error("closes", "The closing day must be today or later"));
        assertThat(refused).hasMessage("Enter a title");
    }

    @Test
    void errorsAlreadyGatheredAreKeptAsTheyAre() {
        FormErrors gathered = FormErrors.of(List.of(new FormErrors.Error("people", "Choose who to ask")));

        assertThat(FormErrors.of(new Refused(gathered))).isSameAs(gathered);
    }

    @Test
    void aRefusalWithNoFieldIsShownInTheSummaryLinkedToTheMainContent() throws Exception {
        Refused refused = new Refused("There are no approved claims waiting to be paid");

        assertThat(refused.errors().all())
                .containsExactly(new FormErrors.Error(Refused.WHOLE_FORM, "There are no approved claims waiting to be paid"));
        assertThat(Files.readString(Path.of("src/main/jte/layout/page.jte"))).contains("id=\"" + Refused.WHOLE_FORM + "\"");
    }

    @Test
    void aRefusalNeedsSomethingToSay() {
        assertThatThrownBy(() -> new Refused(FormErrors.none())).isInstanceOf(IllegalArgumentException.class);
    }
}
