package org.coproduce.publishing;

/** An entry on the public who's who page; its photo only when the person chose to show it. */
public record PublicEntry(WhosWhoEntry entry, boolean photoShown) {
}
