package org.coproduce.groups;

import java.time.LocalDate;

/** Training a champion has done, or work they have supported, such as a project or an event. */
public record ChampionRecord(long id, long personId, ChampionActivity kind, String what, LocalDate happenedOn) {
}
