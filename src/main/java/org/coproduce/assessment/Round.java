package org.coproduce.assessment;

import java.time.LocalDate;

/**
 * A round of rating a framework.
 *
 * @param raters how many people were asked
 * @param submitted how many have sent their ratings
 */
public record Round(long id, String title, long frameworkId, long frameworkVersionId, LocalDate closesOn, int raters, int submitted) {

    public boolean closed(LocalDate today) {
        return today.isAfter(closesOn);
    }
}
