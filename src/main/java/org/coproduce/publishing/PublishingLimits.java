package org.coproduce.publishing;

import org.coproduce.web.TextLimit;
import org.coproduce.writing.WritingCheck;

/** The longest text each of the publishing forms takes; migration V039 gives the database the same numbers. */
public final class PublishingLimits {

    public static final TextLimit TITLE = new TextLimit("The title", 120);
    /** Search engines show about 160 characters; a little more is allowed, as nothing breaks. */
    public static final TextLimit DESCRIPTION = new TextLimit("The short description", 200);
    /** As much as the plain English check reads. */
    public static final TextLimit BODY = new TextLimit("The page", WritingCheck.MAX_CHARACTERS);
    public static final TextLimit EASY_READ = new TextLimit("The easy read version", 20_000);
    public static final TextLimit AGREED_BY = new TextLimit("Who agreed it", 200);
    public static final TextLimit CHANGE_NOTE = new TextLimit("What changed", 200);
    public static final TextLimit INTRODUCTION = new TextLimit("The introduction", 1_000);
    public static final TextLimit POSTAL_ADDRESS = new TextLimit("The postal address", 500);
    public static final TextLimit SHOWN_NAME = new TextLimit("The name", 80);
    public static final TextLimit ROLE_TITLE = new TextLimit("What they do", 120);
    public static final TextLimit WORDS = new TextLimit("The words", 1_000);

    private PublishingLimits() {
    }
}
