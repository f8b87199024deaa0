package org.coproduce.publishing;

import org.coproduce.plainenglish.Finding;
import org.coproduce.plainenglish.PlainEnglish;
import org.coproduce.plainenglish.Report;
import org.coproduce.writing.WritingCheck;

/**
 * The plain English check of every field of a page; the easy read version is held to the easy read rules. The easy
 * read version and the note of what changed are null when there are none.
 */
public record PageChecks(Report title, Report description, Report body, Report easyRead, Report changeNote) {

    static PageChecks of(WritingCheck check, long organisationId, PageText text) {
        return new PageChecks(
                check.check(organisationId, text.title()),
                check.check(organisationId, text.description()),
                check.check(organisationId, text.body()),
                text.easyRead() == null ? null : check.check(organisationId, text.easyRead(), PlainEnglish.Audience.EASY_READ),
                text.changeNote() == null ? null : check.check(organisationId, text.changeNote()));
    }

    /**
     * A title, or a note of what changed, is too short for a reading-ease score to mean anything ("Our co-production
     * policy" scores as very hard), so it warns only for words nobody should use about people; its findings are
     * still shown.
     */
    boolean needWarning() {
        return hasAvoidedTerm(title) || hasAvoidedTerm(changeNote) || description.needsWarning() || body.needsWarning()
                || easyRead != null && easyRead.needsWarning();
    }

    private static boolean hasAvoidedTerm(Report report) {
        return report != null && report.count(Finding.Kind.AVOIDED_TERM) > 0;
    }

    /** The report to keep a record of when someone publishes despite the warning: the field that needs it most. */
    Report worst() {
        for (Report report : new Report[] {body, easyRead, description}) {
            if (report != null && report.needsWarning()) {
                return report;
            }
        }
        return body;
    }
}
