package org.coproduce.assessment;

/** A stored framework version, what it says, and how many rounds use it. */
public record FrameworkView(StoredFramework stored, Framework framework, int roundsUsing) {
}
