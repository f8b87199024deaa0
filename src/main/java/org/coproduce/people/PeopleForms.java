package org.coproduce.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.Role;
import org.coproduce.web.MaxChars;

/** What the register's forms send, field by field, as typed. Never entities: a form is checked before anything is saved. */
public final class PeopleForms {

    static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    static final String PHONE = "^\\+?[0-9 ()\\-]{10,20}$";

    private PeopleForms() {
    }

    public record NewPerson(
            @NotBlank(message = "{person.fullName.required}") @MaxChars(value = PeopleLimits.FULL_NAME, what = "The full name") String fullName,
            @MaxChars(value = PeopleLimits.KNOWN_AS, what = "The name they like to be called") String knownAs,
            @Pattern(regexp = EMAIL, message = "{person.email.format}") @MaxChars(value = PeopleLimits.EMAIL, what = "The email address") String email,
            @Pattern(regexp = PHONE, message = "{person.phone.format}") String phone,
            @NotEmpty(message = "{person.roles.required}") Set<InvolvementRole> roles) {

        static final List<String> FIELDS = List.of("fullName", "knownAs", "email", "phone", "roles");

        static NewPerson empty() {
            return new NewPerson(null, null, null, null, Set.of());
        }
    }

    public record About(
            @NotBlank(message = "{person.fullName.required}") @MaxChars(value = PeopleLimits.FULL_NAME, what = "The full name") String fullName,
            @MaxChars(value = PeopleLimits.KNOWN_AS, what = "The name they like to be called") String knownAs,
            @MaxChars(value = PeopleLimits.PRONOUNS, what = "Pronouns") String pronouns,
            @MaxChars(value = PeopleLimits.TERMS, what = "The description") String preferredTerms,
            @MaxChars(value = PeopleLimits.TERMS, what = "The words to avoid") String termsToAvoid) {

        static final List<String> FIELDS = List.of("fullName", "knownAs", "pronouns", "preferredTerms", "termsToAvoid");

        static About of(Person person) {
            return new About(person.fullName(), person.knownAs(), person.pronouns(), person.preferredTerms(), person.termsToAvoid());
        }
    }

    public record Contact(
            @Pattern(regexp = EMAIL, message = "{person.email.format}") @MaxChars(value = PeopleLimits.EMAIL, what = "The email address") String email,
            @Pattern(regexp = PHONE, message = "{person.phone.format}") String phone,
            @MaxChars(value = PeopleLimits.POSTAL_ADDRESS, what = "The address") String postalAddress,
            ContactPreference contactPreference,
            @MaxChars(value = PeopleLimits.NOTE, what = "The notes") String contactNotes) {

        static final List<String> FIELDS = List.of("email", "phone", "postalAddress", "contactPreference", "contactNotes");

        static Contact of(Person person) {
            return new Contact(person.email(), person.phone(), person.postalAddress(), person.contactPreference(), person.contactNotes());
        }
    }

    /**
     * @param skills one skill per line, or separated by commas
     */
    public record RolesAndSkills(
            @NotEmpty(message = "{person.roles.required}") Set<InvolvementRole> roles,
            @MaxChars(value = PeopleLimits.SKILLS, what = "The skills") String skills,
            @MaxChars(value = PeopleLimits.INTERESTS, what = "The interests") String interests) {

        static final List<String> FIELDS = List.of("roles", "skills", "interests");

        static RolesAndSkills of(Person person) {
            return new RolesAndSkills(person.roles(), String.join("\n", person.skills()), person.interests());
        }

        List<String> skillList() {
            return splitList(skills);
        }
    }

    public record AccessNeeds(
            Set<AccessNeed> needs,
            @MaxChars(value = PeopleLimits.NOTE, what = "Other needs") String otherNeeds,
            Set<CommunicationFormat> formats) {

        static final List<String> FIELDS = List.of("needs", "otherNeeds", "formats");

        static AccessNeeds of(AccessAndCommunication access) {
            return new AccessNeeds(access.needs(), access.otherNeeds(), access.formats());
        }

        AccessAndCommunication toAccess() {
            return new AccessAndCommunication(needs, otherNeeds, formats);
        }
    }

    public record EqualityAnswers(
            Equality.AgeBand ageBand,
            Equality.DisabilityAnswer disability,
            Equality.Ethnicity ethnicity,
            Equality.Gender gender,
            @MaxChars(value = PeopleLimits.GENDER_DESCRIPTION, what = "How they describe their gender") String genderDescription,
            Equality.SexualOrientation sexualOrientation,
            Equality.Religion religion,
            Equality.LearningDisability learningDisability) {

        static final List<String> FIELDS = List.of("ageBand", "disability", "learningDisability", "ethnicity", "gender",
                "genderDescription", "sexualOrientation", "religion");

        static EqualityAnswers of(Equality e) {
            return new EqualityAnswers(e.ageBand(), e.disability(), e.ethnicity(), e.gender(), e.genderDescription(),
                    e.sexualOrientation(), e.religion(), e.learningDisability());
        }

        Equality toEquality() {
            return new Equality(ageBand, disability, ethnicity, gender, genderDescription, sexualOrientation, religion,
                    learningDisability);
        }
    }

    public record BenefitsAnswers(
            @NotNull(message = "{person.benefits.status.required}") Benefits.BenefitsStatus status,
            Set<Benefits.Benefit> benefits,
            Boolean adviceWanted,
            @MaxChars(value = PeopleLimits.NOTE, what = "The note") String note) {

        static final List<String> FIELDS = List.of("status", "benefits", "adviceWanted", "note");

        static BenefitsAnswers of(Benefits b) {
            return new BenefitsAnswers(b.status(), b.benefits(), b.adviceWanted(), b.note());
        }

        Benefits toBenefits() {
            return new Benefits(status, benefits == null ? Set.of() : benefits, Boolean.TRUE.equals(adviceWanted), note);
        }
    }

    /**
     * @param decision GIVEN or WITHDRAWN
     * @param method   how it reached us; a person recording their own is always ONLINE
     */
    public record ConsentChoice(
            @NotNull(message = "{consent.purpose.required}") ConsentPurpose purpose,
            @NotNull(message = "{consent.decision.required}") @Pattern(regexp = "GIVEN|WITHDRAWN", message = "{consent.decision.required}") String decision,
            ConsentMethod method,
            @MaxChars(value = PeopleLimits.NOTE, what = "The note") String note) {

        static final List<String> FIELDS = List.of("purpose", "decision", "method", "note");

        static ConsentChoice empty() {
            return new ConsentChoice(null, null, null, null);
        }

        boolean given() {
            return "GIVEN".equals(decision);
        }
    }

    public record Invitation(
            @NotBlank(message = "{person.email.required}") @Pattern(regexp = EMAIL, message = "{person.email.format}")
            @MaxChars(value = PeopleLimits.EMAIL, what = "The email address") String email,
            @NotEmpty(message = "{access.roles.required}") Set<Role> roles) {

        static final List<String> FIELDS = List.of("email", "roles");
    }

    public record SignInRoles(@NotEmpty(message = "{access.roles.required}") Set<Role> roles) {

        static final List<String> FIELDS = List.of("roles");
    }

    /** Splits a list typed one per line or with commas or semicolons, dropping blanks and repeats. */
    static List<String> splitList(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\n,;]"))
                .map(String::trim)
                .filter(item -> !item.isEmpty())
                .distinct()
                .toList();
    }
}
