package org.coproduce.sessions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A difference someone made, for their "Your impact" page.
 *
 * @param personal true when it was written about them; false for the message to everyone who came
 */
public record Impact(String sessionTitle, LocalDate sessionDay, String hostName, String text, boolean personal, Instant sentAt) {
}
