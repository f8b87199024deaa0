package org.coproduce.privacy;

import org.coproduce.web.TextLimit;

/** The longest text the privacy forms take; migration V039 gives the database the same number. */
public final class PrivacyLimits {

    public static final TextLimit ERASURE_REASON = new TextLimit("The reason", 500);

    private PrivacyLimits() {
    }
}
