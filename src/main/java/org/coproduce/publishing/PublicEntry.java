package org.coproduce.publishing;

/** An entry on the public who's who page; its photo only when the person agreed to photographs too. */
public record PublicEntry(WhosWhoEntry entry, boolean photoShown) {
}
