package org.coproduce.groups;

/** A person's part in a group. Co-chairs lead it together; supporting staff help it work but are not members. */
public enum MemberRole {
    CO_CHAIR, MEMBER, ADVISER, SUPPORTING_STAFF;

    /** Whether they count as a member: for the share with lived experience, and for the quorum. */
    public boolean isMember() {
        return this == CO_CHAIR || this == MEMBER;
    }
}
