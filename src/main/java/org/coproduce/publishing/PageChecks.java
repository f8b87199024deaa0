package org.coproduce.publishing;

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

    boolean needWarning() {
        return title.needsWarning() || description.needsWarning() || body.needsWarning()
                || easyRead != null && easyRead.needsWarning();
    }

    /** The report to keep a record of when someone publishes despite the warning: the field that needs it most. */
    Report worst() {
        for (Report report : new Report[] {body, easyRead, description, title}) {
            if (report != null && report.needsWarning()) {
                return report;
            }
        }
        return body;
    }
}
