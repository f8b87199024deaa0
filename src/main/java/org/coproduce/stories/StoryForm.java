package org.coproduce.stories;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.FormErrors;
import org.coproduce.web.TextLimit;

/**
 * A story as typed in the form.
 *
 * @param personId whose story it is, chosen by a coordinator recording it with someone; null when telling your own
 */
public record StoryForm(Long personId, String title, String words, StoryScope scope, String signed, Boolean toldWithHelp) {

    public static final TextLimit TITLE = new TextLimit("The title", 120);
    public static final TextLimit WORDS = new TextLimit("Your story", 20_000);
    public static final TextLimit SIGNED = new TextLimit("The name", 80);

    static StoryForm empty() {
        return new StoryForm(null, null, null, null, null, null);
    }

    List<FormErrors.Error> problems(boolean choosingPerson) {
        List<FormErrors.Error> found = new ArrayList<>();
        if (choosingPerson && personId == null) {
            found.add(new FormErrors.Error("personId", "Choose whose story it is"));
        }
        if (title == null) {
            found.add(new FormErrors.Error("title", "Give your story a title"));
        } else {
            TITLE.check("title", title, found);
        }
        if (words == null) {
            found.add(new FormErrors.Error("words", "Write your story. If you recorded it, write down what you said"));
        } else {
            WORDS.check("words", words, found);
        }
        if (scope == null) {
            found.add(new FormErrors.Error("scope", "Choose who can read your story"));
        }
        SIGNED.check("signed", signed, found);
        return found;
    }
}
