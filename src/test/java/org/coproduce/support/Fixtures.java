package org.coproduce.support;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Enrolment;
import org.coproduce.accounts.Role;
import org.coproduce.organisations.Organisation;
import org.coproduce.organisations.Organisations;
import org.coproduce.people.AccessNeed;
import org.coproduce.people.CommunicationFormat;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.people.Register;

/**
 * Fixed, readable test data. Each test makes its own organisation (numbered, because all tests share one database),
 * so that nothing one test does can change what another sees. Email addresses carry the organisation's slug,
 * because an account is one email address across every organisation.
 */
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private final Organisations organisations;
    private final Register register;
    private final Enrolment enrolment;

    Fixtures(Organisations organisations, Register register, Enrolment enrolment) {
        this.organisations = organisations;
        this.register = register;
        this.enrolment = enrolment;
    }

    public Organisation organisation(String name) {
        String slug = Organisations.slugFor(name) + "-" + NEXT.getAndIncrement();
        return organisations.create(slug, name, "hello@" + slug + ".example");
    }

    public static String email(Organisation organisation, String first) {
        return first.toLowerCase(Locale.ROOT) + "@" + organisation.slug() + ".example";
    }

    public long person(Organisation organisation, PersonDetails details) {
        return register.add(organisation.id(), details);
    }

    /** A person who can sign in with {@link #PASSWORD}, as the given roles. */
    public CurrentUser member(Organisation organisation, String fullName, String knownAs, Role... roles) {
        String email = email(organisation, knownAs);
        long personId = person(organisation, PersonDetails.basic(fullName, knownAs, email, null,
                Set.of(roles[0] == Role.PARTNER ? InvolvementRole.LIVED_EXPERIENCE : InvolvementRole.PROFESSIONAL)));
        Set<Role> roleSet = EnumSet.copyOf(List.of(roles));
        long accountId = enrolment.enrol(organisation.id(), personId, email, PASSWORD, roleSet);
        return new CurrentUser(accountId, email, organisation.id(), organisation.name(), personId, knownAs, roleSet, false, null);
    }

    public CurrentUser coordinator(Organisation organisation) {
        return member(organisation, "Priya Shah", "Priya", Role.COORDINATOR);
    }

    public CurrentUser staff(Organisation organisation) {
        return member(organisation, "Thomas Bennett", "Tom", Role.STAFF);
    }

    public CurrentUser partner(Organisation organisation) {
        return member(organisation, "Jamie Lee", "Jamie", Role.PARTNER);
    }

    /** A person with lived experience, a BSL interpreter need and easy read papers. */
    public static PersonDetails ayesha() {
        return new PersonDetails("Ayesha Khan", "Ayesha", "she/her", "A self-advocate", "service user", "ayesha@example.org",
                "07700 900 123", null, null, null, Set.of(InvolvementRole.LIVED_EXPERIENCE), List.of("Drama", "Urdu"),
                "Housing", Set.of(AccessNeed.BSL_INTERPRETER), null, Set.of(CommunicationFormat.EASY_READ));
    }

    /** A family carer with no access needs. */
    public static PersonDetails callum() {
        return PersonDetails.basic("Callum Reid", "Cal", "callum@example.org", null, Set.of(InvolvementRole.FAMILY_CARER));
    }
}
