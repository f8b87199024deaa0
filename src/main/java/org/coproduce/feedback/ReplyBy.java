package org.coproduce.feedback;

/** How the person who gave feedback wants us to reply. */
public enum ReplyBy {
    EMAIL, PHONE, POST, NONE
}
