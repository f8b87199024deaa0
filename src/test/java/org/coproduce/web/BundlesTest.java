package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

class BundlesTest {

    private final Bundles words = Bundles.load();

    @Test
    void pluralsFollowEachLanguagesOwnRules() {
        assertThat(words.getMessage("examples.sessions", new Object[] {0}, Languages.ENGLISH)).isEqualTo("no sessions");
        assertThat(words.getMessage("examples.sessions", new Object[] {1}, Languages.ENGLISH)).isEqualTo("1 session");
        assertThat(words.getMessage("examples.sessions", new Object[] {2}, Languages.ENGLISH)).isEqualTo("2 sessions");

        assertThat(words.getMessage("examples.sessions", new Object[] {0}, Languages.WELSH)).isEqualTo("dim sesiynau");
        assertThat(words.getMessage("examples.sessions", new Object[] {1}, Languages.WELSH)).isEqualTo("un sesiwn");
        assertThat(words.getMessage("examples.sessions", new Object[] {2}, Languages.WELSH)).isEqualTo("dwy sesiwn");
        assertThat(words.getMessage("examples.sessions", new Object[] {3}, Languages.WELSH)).isEqualTo("3 sesiwn");
    }

    @Test
    void anApostropheIsKeptAsWritten() {
        assertThat(words.getMessage("examples.apostrophe", new Object[] {"Priya"}, Languages.ENGLISH))
                .isEqualTo("You haven't replied to Priya's invitation");
        assertThat(words.getMessage("layout.footer", null, Languages.WELSH)).contains("pobl sy'n cael gofal");
    }

    @Test
    void aWordNotYetInWelshIsShownInEnglishAndAnUnknownKeyIsAnError() {
        assertThat(words.getMessage("Role.COORDINATOR", null, Languages.WELSH)).isEqualTo("Coordinator");
        assertThatThrownBy(() -> words.getMessage("no.such.key", null, Languages.ENGLISH)).isInstanceOf(NoSuchMessageException.class);
    }

    @Test
    void formErrorsAreLookedUpByTheirCodesInTurn() {
        var error = new DefaultMessageSourceResolvable(new String[] {"no.such.code", "error-summary.title"}, "Something is wrong");

        assertThat(words.getMessage(error, Languages.WELSH)).isEqualTo("Mae problem wedi codi");
        assertThat(words.getMessage(new DefaultMessageSourceResolvable(new String[] {"no.such.code"}, "Something is wrong"),
                Languages.ENGLISH)).isEqualTo("Something is wrong");
    }
}
