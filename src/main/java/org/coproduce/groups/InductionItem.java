package org.coproduce.groups;

/** Something a new member of a group should have done or know, such as who to ask for help. */
public record InductionItem(long id, String text) {
}
