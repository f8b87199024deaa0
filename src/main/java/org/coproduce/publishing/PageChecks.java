package org.coproduce.publishing;

import org.coproduce.plainenglish.Finding;
import org.coproduce.plainenglish.PlainEnglish;
import org.coproduce.plainenglish.Report;
import org.coproduce.writing.WritingCheck;

/** The plain English check of every field of a page; the easy read version is held to the easy read rules. */
public record PageChecks(Report title, Report description, Report body, Report easyRead) {

    static PageChecks of(WritingCheck check, long organisationId, PageText text) {
        return new PageChecks(
                check.check(organisationId, text.title()),
                check.check(organisationId, text.description()),
                check.check(organisationId, text.body()),
                text.easyRead() == null ? null : check.check(organisationId, text.easyRead(), PlainEnglish.Audience.EASY_READ));
    }

    /**
     * A title is too short for a reading-ease score to mean anything ("Our co-production policy" scores as very hard),
     * so it warns only for words nobody should use about people; its findings are still shown.
     */
    boolean needWarning() {
        return title.count(Finding.Kind.AVOIDED_TERM) > 0 || description.needsWarning() || body.needsWarning()
                || easyRead != null && easyRead.needsWarning();
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
