package org.coproduce.projects;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Money;

/** What the project form sends. Money arrives as text, in pounds, so that "£1,250" is understood and "lots" explained. */
public record ProjectForm(String title, String purpose, String outcomesHoped, String outcomesUnintended, CoKind coKind,
        CyclePhase phase, String budgetTime, String budgetExpenses) {

    static ProjectForm empty() {
        return new ProjectForm(null, null, null, null, null, null, null, null);
    }

    static ProjectForm of(Project project) {
        return new ProjectForm(project.title(), project.purpose(), project.outcomesHoped(), project.outcomesUnintended(),
                project.coKind(), project.phase(), Money.forForm(project.budgetTimePence()), Money.forForm(project.budgetExpensesPence()));
    }

    /** The checked details, or null with every problem added in the order of the form. */
    ProjectDetails details(List<FormErrors.Error> problems) {
        List<FormErrors.Error> found = new ArrayList<>();
        if (title == null) {
            found.add(new FormErrors.Error("title", "Enter a title for the project"));
        } else {
            ProjectLimits.TITLE.check("title", title, found);
        }
        if (purpose == null) {
            found.add(new FormErrors.Error("purpose", "Say what the project is for, in plain words"));
        } else {
            ProjectLimits.PURPOSE.check("purpose", purpose, found);
        }
        ProjectLimits.OUTCOMES_HOPED.check("outcomesHoped", outcomesHoped, found);
        ProjectLimits.OUTCOMES_UNINTENDED.check("outcomesUnintended", outcomesUnintended, found);
        if (coKind == null) {
            found.add(new FormErrors.Error("coKind", "Choose which kind of co-production it is"));
        }
        if (phase == null) {
            found.add(new FormErrors.Error("phase", "Choose where the work sits in the commissioning cycle"));
        }
        Long time = money(budgetTime, "budgetTime", found);
        Long expenses = money(budgetExpenses, "budgetExpenses", found);
        problems.addAll(found);
        return found.isEmpty() ? new ProjectDetails(title, purpose, outcomesHoped, outcomesUnintended, coKind, phase, time, expenses) : null;
    }

    private static Long money(String text, String field, List<FormErrors.Error> found) {
        if (text == null) {
            return null;
        }
        Long pence = Money.pence(text);
        if (pence == null) {
            found.add(new FormErrors.Error(field, "Enter an amount in pounds, like 1500 or 1,250.50"));
        }
        return pence;
    }
}
