package org.coproduce.publishing;

import java.time.Instant;

/**
 * A person's entry in who's who, in their own words.
 *
 * @param roleTitle what they do in the partnership, like "Co-chair of the partnership board"
 */
public record WhosWhoEntry(long personId, String shownName, String roleTitle, String words, String photoType,
        boolean showPhoto, Instant updatedAt) {

    public boolean hasPhoto() {
        return photoType != null;
    }

    /** The photo is public only when there is one and the person chose to show it. */
    public boolean photoShown() {
        return hasPhoto() && showPhoto;
    }
}
