package org.coproduce.stories;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.FormErrors;

/**
 * A story as typed in the form.
 *
 * @param personId whose story it is, chosen by a coordinator recording it with someone; null when telling your own
 */
public record StoryForm(Long personId, String title, String words, StoryScope scope, String signed, Boolean toldWithHelp) {

    static final int LONGEST_TITLE = 120;
    static final int LONGEST_WORDS = 20_000;
    static final int LONGEST_SIGNED = 80;

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
        } else if (title.length() > LONGEST_TITLE) {
            found.add(new FormErrors.Error("title", "The title must be " + LONGEST_TITLE + " characters or fewer"));
        }
        if (words == null) {
            found.add(new FormErrors.Error("words", "Write your story. If you recorded it, write down what you said"));
        } else if (words.length() > LONGEST_WORDS) {
            found.add(new FormErrors.Error("words", "Your story must be " + String.format("%,d", LONGEST_WORDS) + " characters or fewer"));
        }
        if (scope == null) {
            found.add(new FormErrors.Error("scope", "Choose who can read your story"));
        }
        if (signed != null && signed.length() > LONGEST_SIGNED) {
            found.add(new FormErrors.Error("signed", "The name must be " + LONGEST_SIGNED + " characters or fewer"));
        }
        return found;
    }
}
