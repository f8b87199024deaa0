package org.coproduce.privacy;

import static org.coproduce.privacy.Processing.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of each processing activity. The lawful bases are those a council or NHS body would normally rely on; the
 * records page says so, and that a charity would choose its own.
 */
final class Activities {

    static final String UNTIL_ERASED = "Until you are erased or the organisation deletes it";
    static final String NOBODY_OUTSIDE = "Nobody outside the organisation";

    private static final String PUBLIC_TASK = "Article 6(1)(e), public task: the organisation's duty to involve people in "
            + "planning, deciding and checking health and social care services";
    private static final String ACCESS_NEEDS_CONDITION = "Article 9(2)(g), substantial public interest, with the Data Protection "
            + "Act 2018, Schedule 1, paragraph 6 (statutory and government purposes)";
    private static final String EQUALITY_CONDITION = "Article 9(2)(g), substantial public interest, with the Data Protection "
            + "Act 2018, Schedule 1, paragraph 8 (equality of opportunity or treatment)";
    private static final String EVERYONE_TAKING_PART = "People with lived experience, carers and family members, "
            + "and staff and professionals who take part";

    private Activities() {
    }

    static List<ProcessingActivity> all(Processing facts) {
        List<String> email = facts.emailProvider();
        return List.of(
                new ProcessingActivity("The register of people who take part",
                        "So we know who you are, how to get in touch with you, and what helps you take part.",
                        List.of(EVERYONE_TAKING_PART),
                        List.of("Your name, the name you like to be called and the words you use about yourself",
                                "How to contact you, and how you like to be contacted",
                                "Your skills and interests",
                                "What helps you take part, such as a British Sign Language interpreter or easy read papers",
                                "The choices you made about consent, and when",
                                "If you choose to tell us: equality information, such as your age group or ethnicity"),
                        "Your access and communication needs, which can say something about your health or disability, "
                                + "and equality information if you give it",
                        PUBLIC_TASK,
                        "Access needs: " + ACCESS_NEEDS_CONDITION + ". Equality information: " + EQUALITY_CONDITION
                                + ". You never have to answer the equality questions",
                        List.of("You: all of it, and you can change most of it yourself",
                                "Coordinators: all of it",
                                "Staff: the register and profiles, but not access needs, equality or benefits information"),
                        List.of(UNTIL_ERASED,
                                "A spreadsheet a coordinator uploads to add people: emptied once they confirm it, and deleted after "
                                        + words(Processing.UNCONFIRMED_IMPORT_KEPT_FOR) + " if they do not"),
                        email, List.of("people")),
                new ProcessingActivity("Groups, projects and meetings",
                        "So we can invite you, make meetings work for you, and show what changed because of you.",
                        List.of(EVERYONE_TAKING_PART),
                        List.of("The groups and project teams you are in, and your role in them",
                                "Your invitations and replies, and whether you came",
                                "What you said, the decisions you took part in, and the actions you took on",
                                "What was arranged for your access needs at each meeting",
                                "Whether you agreed to a meeting being recorded"),
                        "What was arranged for your access needs",
                        PUBLIC_TASK + ". Recording a meeting: article 6(1)(a), your consent, which you can take back",
                        "Access arrangements: " + ACCESS_NEEDS_CONDITION,
                        List.of("You: your own invitations, meetings and what changed because of you",
                                "Coordinators: all of it",
                                "Coordinators and board members: how many people of each kind are in a group, with small numbers hidden"),
                        List.of(UNTIL_ERASED,
                                "If you are erased, who came and what was said stay without your name, so the records of meetings "
                                        + "still make sense. Invitations and follow-up are deleted"),
                        email, List.of("groups", "projects", "sessions")),
                new ProcessingActivity("Paying people for their time",
                        "So we can pay you for your time and pay back what you spent, and keep the records the law asks for.",
                        List.of("People who are paid for their time or paid back expenses"),
                        List.of("Your fee claims and expense claims, with receipts",
                                "How you choose to be paid: money, a voucher, or expenses only",
                                "The payments made to you, and any corrections",
                                "The statements we emailed you"),
                        null,
                        "Article 6(1)(b), contract: our agreement to pay you. Article 6(1)(c), legal obligation: keeping "
                                + "records of money paid, as HMRC requires",
                        null,
                        List.of("You: your own claims and payments",
                                "Coordinators: all of it, to approve claims",
                                "Finance staff: claims and payment runs, to pay them"),
                        List.of(UNTIL_ERASED,
                                "If you are erased, records of money paid stay without your name, because HMRC needs them for "
                                        + "six years after the end of the tax year. Coproduce does not delete them after that: "
                                        + "the organisation must"),
                        concat(List.of("The organisation's finance system, when finance staff download a payment run to pay it"),
                                email),
                        List.of("payments")),
                new ProcessingActivity("Checking payments against benefit rules",
                        "So that being paid by us does not take you over a benefit's earnings limit without you knowing.",
                        List.of("People who get benefits and choose to tell us"),
                        List.of("The benefits' earnings rules you told us apply to you",
                                "Warnings about fees that could take you over a limit",
                                "What you chose to do about a fee over a limit, and what we told you"),
                        "Benefits information is not special category data in law. But it can show a health condition or "
                                + "disability, so Coproduce protects it in the same way",
                        PUBLIC_TASK + ". Only what you choose to tell us",
                        "Where it shows your health or disability: " + ACCESS_NEEDS_CONDITION,
                        List.of("You", "Coordinators"),
                        List.of(UNTIL_ERASED, "If you are erased, it is deleted"),
                        List.of(), List.of("payments")),
                new ProcessingActivity("The self-assessment: checking if co-production is happening",
                        "So everyone can say how well co-production is going, and we can see where people see it differently.",
                        List.of(EVERYONE_TAKING_PART),
                        List.of("Your ratings and comments, and whether your name is shown with them",
                                "Evidence files you added",
                                "The ratings you agreed with others, and the actions you own"),
                        null, PUBLIC_TASK, null,
                        List.of("You: your own ratings",
                                "Coordinators: each person's ratings",
                                "Everyone else: results added up by group, and your comments with your name only if you chose"),
                        List.of(UNTIL_ERASED,
                                "If you are erased, your ratings stay without your name, so the results still add up"),
                        List.of(), List.of("assessment")),
                new ProcessingActivity("Stories in your own words",
                        "So your experience can change things, told the way you want, to the people you choose.",
                        List.of("People who tell their story"),
                        List.of("Your story, written or recorded", "The name shown with it", "Who you chose to read it",
                                "The meetings that heard it"),
                        "Your story may be about your health or care",
                        "Article 6(1)(a), your consent: you choose who reads it, and can change that or take it back",
                        "Article 9(2)(a), your explicit consent",
                        List.of("You", "Coordinators",
                                "The readers you chose: only the co-production team, the board as well, or everyone on our public pages"),
                        List.of("Until you take it back: then it is erased from every page at once", UNTIL_ERASED),
                        List.of("Everyone, if you chose for everyone to read it"), List.of("stories")),
                new ProcessingActivity("Feedback",
                        "So we can reply to you, and show what changed because of what people said.",
                        List.of("Anyone who gives us feedback, with their name or without"),
                        List.of("What you said", "Your name and how to reply to you, if you give them",
                                "Our reply, and whether it shows on \"you said, we did\", without names",
                                "A scrambled form of your internet address, to stop junk"),
                        "Only if you tell us about your health or care",
                        PUBLIC_TASK,
                        "If you tell us about your health or care: " + ACCESS_NEEDS_CONDITION,
                        List.of("Coordinators", "Everyone: \"you said, we did\", without names"),
                        List.of(UNTIL_ERASED,
                                "If you are erased, your contact details are deleted from your feedback",
                                "The scrambled internet address: " + words(Processing.PUBLIC_FORM_ADDRESS_KEPT_FOR)),
                        email, List.of("feedback", "publicforms")),
                new ProcessingActivity("Saying you want to get involved",
                        "So we can get in touch about the chance you are interested in, and keep each group a good mix of people.",
                        List.of("Anyone who says they are interested in getting involved"),
                        List.of("Your name and contact details", "The support you need",
                                "What describes you, such as lived experience or caring for someone",
                                "Whether you were chosen",
                                "A scrambled form of your internet address, to stop junk"),
                        "The support you need and what describes you can say something about your health or disability",
                        PUBLIC_TASK,
                        ACCESS_NEEDS_CONDITION + ". Keeping a group a good mix: " + EQUALITY_CONDITION,
                        List.of("Coordinators"),
                        List.of(UNTIL_ERASED,
                                "If you are added to the register, what you told us goes there, with the consent you gave",
                                "The scrambled internet address: " + words(Processing.PUBLIC_FORM_ADDRESS_KEPT_FOR)),
                        List.of(), List.of("opportunities", "publicforms")),
                new ProcessingActivity("Public pages and who's who",
                        "So people can see who takes part and what the organisation does.",
                        List.of("People who agreed to be named on the public pages"),
                        List.of("Your name, role and a few words about you on who's who, if you agreed to be named",
                                "Your photo, if you agreed to photos",
                                "Public pages and drafts that coordinators wrote"),
                        null,
                        "Article 6(1)(a), your consent to be named and to photos, which you can take back",
                        null,
                        List.of("Everyone, for what is published", "Coordinators: drafts"),
                        List.of("Until you take back your consent, or are erased: then your who's who entry goes at once",
                                "Earlier versions of public pages stay readable. Erasing does not change words a coordinator "
                                        + "wrote about you: the erasure lists those pages to be changed by hand"),
                        List.of("Everyone, on the public pages"), List.of("publishing")),
                new ProcessingActivity("Signing in",
                        "So only you can sign in as you, and see what your role allows.",
                        List.of("Everyone who can sign in"),
                        List.of("Your email address and roles",
                                "Your password, kept only in a scrambled form that cannot be turned back",
                                "Invitations and sign-in links we emailed you",
                                "Wrong passwords typed for your email address, and from which internet address",
                                "A cookie that keeps you signed in"),
                        null,
                        PUBLIC_TASK + ". Keeping your information secure, as UK GDPR article 32 requires",
                        null,
                        List.of("Coordinators: your email address and roles", "Nobody can see your password"),
                        List.of("Your account: while you are in at least one organisation",
                                "An invitation works for " + words(Processing.INVITATION_WORKS_FOR),
                                "A sign-in link works once, for " + words(Processing.SIGN_IN_LINK_WORKS_FOR)
                                        + ". Old links are deleted when the next one is made",
                                "The count of sign-in links asked for: " + words(Processing.SIGN_IN_LINKS_COUNTED_FOR),
                                "The count of wrong passwords: " + facts.wrongPasswordsCountedFor(),
                                "You are signed out after " + facts.signedInFor() + " of doing nothing, and the cookie stops working"),
                        email, List.of("accounts")),
                new ProcessingActivity("Emails we send you",
                        "So that invitations, reminders, sign-in links, payment statements and replies reach you, and we can check that they did.",
                        List.of(EVERYONE_TAKING_PART, "People who gave feedback with an email address for our reply"),
                        List.of("Your email address",
                                "What each email was for, its subject, when it was written and sent, and whether it could be sent",
                                "What it said and its files, such as a calendar invitation or a payment statement, until it is sent"),
                        null,
                        PUBLIC_TASK,
                        null,
                        List.of("Coordinators: who each email of their organisation went to, what it was for and its subject, "
                                + "but not what it said"),
                        List.of("What an email said, and its files: until it is sent",
                                "Who it went to and its subject: as long as the organisation chooses, "
                                        + Retention.months(RetentionKind.SENT_EMAILS.defaultMonths())
                                        + " after it was sent unless it chooses otherwise. Sign-in links, which belong to no organisation: "
                                        + Retention.months(RetentionKind.SENT_EMAILS.defaultMonths()),
                                "An email that could not be sent: until a coordinator sends it again",
                                "If you are erased, every email to you is deleted, and any still waiting is not sent"),
                        email, List.of("notifications")),
                new ProcessingActivity("The audit log and your privacy requests",
                        "So we can show who looked at or changed your information, and answer your requests.",
                        List.of(EVERYONE_TAKING_PART, "Staff who look at or change people's information"),
                        List.of("Who looked at your access needs, equality or benefits information, or a story you told for the team or the board, and when",
                                "Who changed your details, consents, roles or payments, with what they were before and after",
                                "The internet address they did it from",
                                "Your requests for a copy of everything we hold, and erasures"),
                        "It records changes to special category information, with what it said",
                        "Article 6(1)(c), legal obligation: UK GDPR's duties to show we follow the law, keep information "
                                + "secure and answer your requests (articles 5(2), 32, 15 and 17)",
                        "The same condition as the information it records",
                        List.of("Coordinators", "You: what it says about you, in your copy of everything we hold"),
                        List.of("The audit log: as long as the organisation chooses, " + Retention.months(RetentionKind.AUDIT_LOG.defaultMonths())
                                + " unless it chooses otherwise, then Coproduce deletes it. If you are erased, it stays without your name or what it said",
                                "Your copy of everything we hold: " + facts.copyKeptFor() + ", or until it is downloaded "
                                        + facts.copyDownloads() + " times, whichever comes first. Then it is deleted within the hour",
                                "Your requests: until the organisation deletes them. If you are erased, they stay without your name"),
                        List.of(), List.of("privacy")));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }
}
