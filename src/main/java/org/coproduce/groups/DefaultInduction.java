package org.coproduce.groups;

import java.util.List;

/** The induction checklist a new group starts with, drawn from what works for new board members. The group can change it. */
final class DefaultInduction {

    static final List<String> ITEMS = List.of(
            "Met a buddy who has been in the group a while",
            "Has the terms of reference in a format that suits them, and has talked them through",
            "Knows how they will be paid for their time and expenses, and where to get advice about benefits",
            "Knows who to ask for help, before, during and after meetings",
            "Has told us what helps them take part, such as papers in easy read or extra breaks");

    private DefaultInduction() {
    }
}
