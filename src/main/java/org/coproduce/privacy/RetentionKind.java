package org.coproduce.privacy;

/**
 * Kinds of personal data that the retention job removes once they are older than the organisation keeps them.
 *
 * @param defaultMonths how long to keep it when the organisation has not said; null to keep it until erased
 * @param fewestMonths  the shortest time that can be set, where keeping it for less would defeat its purpose
 */
public enum RetentionKind {
    ARCHIVED_PEOPLE(null, 1),
    FEEDBACK_CONTACT_DETAILS(12, 1),
    STORY_RECORDINGS(null, 1),
    OLD_SIGN_IN_INVITATIONS(3, 1),
    /*
     * Six months: long enough to answer "did my invitation, reminder or payment statement reach me?" for a season of
     * meetings and the payment runs that pay for them, which is all the record is for; what each email said is already
     * gone once sent, and the money itself is kept apart, in the ledger, for as long as HMRC needs.
     */
    SENT_EMAILS(6, 1),
    AUDIT_LOG(72, 12);

    private final Integer defaultMonths;
    private final int fewestMonths;

    RetentionKind(Integer defaultMonths, int fewestMonths) {
        this.defaultMonths = defaultMonths;
        this.fewestMonths = fewestMonths;
    }

    public Integer defaultMonths() {
        return defaultMonths;
    }

    public int fewestMonths() {
        return fewestMonths;
    }
}
