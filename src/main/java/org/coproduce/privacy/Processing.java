package org.coproduce.privacy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coproduce.personaldata.PersonalData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * What this installation really does with people's information: the privacy notice and the records of processing are
 * both made from it. Where a fact lives in a constant or a setting that this module can read, it is read from there,
 * so that the notice changes when the product does. Facts kept in other modules' internals are restated below, each
 * with a test beside the code it restates.
 */
@Component
public class Processing {

    /** As {@code accounts.EmailLinks.LINK_LIFETIME}; checked by {@code SignInRetentionIsInThePrivacyNoticeTest}. */
    static final Duration SIGN_IN_LINK_WORKS_FOR = Duration.ofMinutes(15);
    /** As {@code accounts.AccessManagement.INVITATION_LIFETIME}; checked by the same test. */
    static final Duration INVITATION_WORKS_FOR = Duration.ofDays(14);
    /** As the hour in {@code accounts.EmailLinks}' count of links asked for. */
    static final Duration SIGN_IN_LINKS_COUNTED_FOR = Duration.ofHours(1);
    /** As {@code publicforms.PublicForms.KEPT_FOR}; checked by {@code PublicFormsRetentionIsInThePrivacyNoticeTest}. */
    static final Duration PUBLIC_FORM_ADDRESS_KEPT_FOR = Duration.ofDays(2);
    /** As {@code people.ImportRepository.deleteUnconfirmedOlderThanADay}. */
    static final Duration UNCONFIRMED_IMPORT_KEPT_FOR = Duration.ofDays(1);

    private final Set<String> modulesHoldingPeople = new TreeSet<>();
    private final Duration signedInFor;
    private final Duration wrongPasswordsCountedFor;
    private final boolean emailStaysInside;
    private final List<ProcessingActivity> activities;

    Processing(List<PersonalData> holders,
            @Value("${coproduce.session-timeout}") Duration signedInFor,
            @Value("${coproduce.sign-in.failure-window:15m}") Duration failureWindow,
            @Value("${coproduce.sign-in.lockout:15m}") Duration lockout,
            @Value("${coproduce.mail.in-process:false}") boolean emailStaysInside) {
        holders.forEach(holder -> modulesHoldingPeople.add(moduleOf(holder)));
        this.signedInFor = signedInFor;
        this.wrongPasswordsCountedFor = failureWindow.plus(lockout);
        this.emailStaysInside = emailStaysInside;
        this.activities = Activities.all(this);
    }

    /** Everything the installation does with people's information, the register first. */
    public List<ProcessingActivity> activities() {
        return activities;
    }

    /** The parts of Coproduce that give something to a person's copy of everything we hold about them. */
    Set<String> modulesHoldingPeople() {
        return Set.copyOf(modulesHoldingPeople);
    }

    /** How long a copy of everything we hold about someone is kept, in words, such as "30 days". */
    public String copyKeptFor() {
        return words(SubjectAccess.KEPT_FOR);
    }

    public int copyDownloads() {
        return SubjectAccessRequest.MOST_DOWNLOADS;
    }

    /** How long someone can do nothing before they are signed out, in words. */
    public String signedInFor() {
        return words(signedInFor);
    }

    String wrongPasswordsCountedFor() {
        return words(wrongPasswordsCountedFor);
    }

    /** The installation's email provider, or nobody when email stays in the demo's own mailbox. */
    List<String> emailProvider() {
        return emailStaysInside ? List.of()
                : List.of("The email provider the organisation set Coproduce up with, which carries the emails we send you");
    }

    /** How we keep everything safe, for the records of processing. */
    public List<String> securityMeasures() {
        return List.of(
                "Each organisation sees only its own information, even when several share one installation",
                "Role-based access: coordinators, staff, partners, finance and board members each see only what their role needs",
                "Access needs, equality and benefits information: only coordinators and the person themselves",
                "An audit log of who looked at special category information and who changed people, consents, roles and money, "
                        + "which nobody can change",
                "Passwords kept only as an Argon2id hash; sign-in links kept only as a hash, each working once",
                "Password sign-in stops for a while after too many wrong passwords",
                "Signed out after " + signedInFor() + " of doing nothing",
                "Copies of everything we hold about someone deleted after " + copyKeptFor() + " or " + copyDownloads()
                        + " downloads");
    }

    /** "30 days", "1 hour", "15 minutes": a whole number of the largest unit that fits exactly. */
    static String words(Duration duration) {
        if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return count(duration.toDays(), "day");
        }
        if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
            return count(duration.toHours(), "hour");
        }
        return count(duration.toMinutes(), "minute");
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private static String moduleOf(Object bean) {
        String name = ClassUtils.getUserClass(bean).getPackageName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
