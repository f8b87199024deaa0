package org.coproduce.opportunities;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.coproduce.people.InvolvementRole;
import org.coproduce.web.FormErrors;
import org.coproduce.web.TextLimit;

/**
 * The short "I'm interested" form, as sent from a public page: untrusted, so every field is limited in size and only
 * the contact detail for the chosen way of getting in touch is required.
 *
 * @param contactBy a {@link ContactBy} name, or anything a robot sent
 * @param describesThem {@link InvolvementRole} names; anything else is ignored
 * @param agree "yes" when they agree to us keeping their details to get in touch about this
 */
public record InterestForm(String name, String email, String phone, String postalAddress, String contactBy,
        String supportNeeded, List<String> describesThem, String agree) {

    public static final TextLimit NAME = new TextLimit("Your name", 100);
    public static final TextLimit EMAIL_ADDRESS = new TextLimit("Your email address", 254);
    public static final TextLimit ADDRESS = new TextLimit("Your address", 500);
    public static final TextLimit SUPPORT_NEEDED = new TextLimit("The support you need", 2_000);
    /** What the public can say describes them: the roles a member of the public can have. */
    static final List<InvolvementRole> DESCRIPTIONS = List.of(InvolvementRole.LIVED_EXPERIENCE, InvolvementRole.FAMILY_CARER,
            InvolvementRole.PROFESSIONAL, InvolvementRole.OTHER);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{6,30}");

    static InterestForm empty() {
        return new InterestForm(null, null, null, null, null, null, List.of(), null);
    }

    ContactBy contact() {
        for (ContactBy way : ContactBy.values()) {
            if (way.name().equals(contactBy)) {
                return way;
            }
        }
        return null;
    }

    Set<InvolvementRole> roles() {
        Set<InvolvementRole> roles = EnumSet.noneOf(InvolvementRole.class);
        if (describesThem != null) {
            for (InvolvementRole role : DESCRIPTIONS) {
                if (describesThem.contains(role.name())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    List<FormErrors.Error> problems() {
        List<FormErrors.Error> found = new ArrayList<>();
        if (name == null) {
            found.add(new FormErrors.Error("name", "Enter your name"));
        } else {
            NAME.check("name", name, found);
        }
        ContactBy way = contact();
        if (way == null) {
            found.add(new FormErrors.Error("contactBy", "Choose how you would like us to get in touch"));
        } else if (way == ContactBy.EMAIL) {
            if (email == null) {
                found.add(new FormErrors.Error("email", "Enter your email address"));
            } else if (!EMAIL_ADDRESS.allows(email) || !EMAIL.matcher(email).matches()) {
                found.add(new FormErrors.Error("email", "Enter an email address like name@example.com"));
            }
        } else if (way == ContactBy.POST) {
            if (postalAddress == null) {
                found.add(new FormErrors.Error("postalAddress", "Enter your address"));
            } else {
                ADDRESS.check("postalAddress", postalAddress, found);
            }
        } else if (phone == null) {
            found.add(new FormErrors.Error("phone", "Enter your phone number"));
        } else if (!PHONE.matcher(phone).matches()) {
            found.add(new FormErrors.Error("phone", "Enter a phone number, like 07700 900 982"));
        }
        SUPPORT_NEEDED.check("supportNeeded", supportNeeded, found);
        if (!"yes".equals(agree)) {
            found.add(new FormErrors.Error("agree", "Tick the box to say we can keep your details to get in touch with you about this"));
        }
        return found;
    }

    /** Only the detail for the way they chose is kept. */
    String keptEmail() {
        return contact() == ContactBy.EMAIL ? email : null;
    }

    String keptPhone() {
        return contact() == ContactBy.PHONE || contact() == ContactBy.TEXT_MESSAGE ? phone : null;
    }

    String keptAddress() {
        return contact() == ContactBy.POST ? postalAddress : null;
    }
}
