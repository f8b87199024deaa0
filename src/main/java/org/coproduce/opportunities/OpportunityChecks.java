package org.coproduce.opportunities;

import org.coproduce.plainenglish.Finding;
import org.coproduce.plainenglish.Report;
import org.coproduce.writing.WritingCheck;

/**
 * The plain English check of each part of an opportunity, as people will read it on the public page. The title is
 * too short for a reading score, so it warns only for words nobody should use about people.
 */
public record OpportunityChecks(Report title, Report what, Report whoFor, Report timeNeeded, Report pay, Report support) {

    static OpportunityChecks of(WritingCheck check, long organisationId, OpportunityForm form) {
        return new OpportunityChecks(check.check(organisationId, form.title()), check.check(organisationId, form.what()),
                check.check(organisationId, form.whoFor()), check.check(organisationId, form.timeNeeded()),
                check.check(organisationId, form.pay()), check.check(organisationId, form.support()));
    }

    public boolean needWarning() {
        return worst() != null;
    }

    /** The part that most needs the warning, for the record kept when it is published anyway; null when none does. */
    Report worst() {
        if (title.count(Finding.Kind.AVOIDED_TERM) > 0) {
            return title;
        }
        for (Report report : new Report[] {what, whoFor, timeNeeded, pay, support}) {
            if (report.needsWarning()) {
                return report;
            }
        }
        return null;
    }
}
