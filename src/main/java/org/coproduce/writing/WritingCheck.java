package org.coproduce.writing;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.Register;
import org.coproduce.plainenglish.AvoidedTerm;
import org.coproduce.plainenglish.Glossary;
import org.coproduce.plainenglish.PlainEnglish;
import org.coproduce.plainenglish.Report;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Checks text the way an organisation's readers need: with its own jargon buster, the words people in its register
 * have asked us not to use, and the words nobody should use about people. Other modules call this before they show
 * or send text to partners or the public.
 */
@Service
public class WritingCheck {

    /** The most a page checks at once: about 20 pages of A4. Longer text is checked in parts. */
    public static final int MAX_CHARACTERS = 50_000;

    static final List<AvoidedTerm> NEVER_ABOUT_PEOPLE = List.of(
            new AvoidedTerm("service user", "Many people dislike being called this. Ask people how they want to be described."),
            new AvoidedTerm("beneficiary", "This makes people sound passive. Ask people how they want to be described."),
            new AvoidedTerm("sufferer", "People do not want to be defined by a condition. Say \"person with\", or ask them."),
            new AvoidedTerm("the disabled", "Say \"disabled people\", or ask people how they want to be described."));

    private final GlossaryRepository glossaries;
    private final Register register;
    private final JdbcClient jdbc;
    private final PlainEnglish checker = PlainEnglish.standard();

    WritingCheck(GlossaryRepository glossaries, Register register, JdbcClient jdbc) {
        this.glossaries = glossaries;
        this.register = register;
        this.jdbc = jdbc;
    }

    /** Checks text for an organisation's readers. Text over {@link #MAX_CHARACTERS} is checked up to that point. */
    public Report check(long organisationId, String text) {
        return check(organisationId, text, PlainEnglish.Audience.EVERYONE);
    }

    /** As {@link #check(long, String)}, for a given audience: easy read has stricter rules. */
    public Report check(long organisationId, String text, PlainEnglish.Audience audience) {
        String body = text == null ? "" : text;
        if (body.length() > MAX_CHARACTERS) {
            body = body.substring(0, MAX_CHARACTERS);
        }
        return checker.check(body, glossaryFor(organisationId), avoidedTerms(organisationId), audience);
    }

    /** The built-in jargon buster with the organisation's own entries added, and replacing built-in ones. */
    public Glossary glossaryFor(long organisationId) {
        return Glossary.builtIn().with(glossaries.all(organisationId));
    }

    List<AvoidedTerm> avoidedTerms(long organisationId) {
        List<AvoidedTerm> terms = new ArrayList<>(NEVER_ABOUT_PEOPLE);
        register.termsToAvoid(organisationId).forEach(term -> terms.add(
                new AvoidedTerm(term, "Someone in your partnership has asked for this not to be used about them.")));
        return terms;
    }

    /**
     * Records that someone chose to publish or send text after the check warned them, so that the organisation can see
     * how often it happens.
     *
     * @param what what was published, in words, for example "Jargon buster: CLDT"
     */
    public void recordPublishedDespiteWarning(CurrentUser by, String what, Report report) {
        jdbc.sql("""
                        insert into writing_warning (organisation_id, person_id, what, verdict, reading_ease, avoided_terms)
                        values (:organisationId, :personId, :what, :verdict, :readingEase, :avoided)""")
                .param("organisationId", by.organisationId())
                .param("personId", by.personId())
                .param("what", what)
                .param("verdict", report.verdict().name())
                .param("readingEase", report.readingEase())
                .param("avoided", (int) report.count(org.coproduce.plainenglish.Finding.Kind.AVOIDED_TERM))
                .update();
    }
}
