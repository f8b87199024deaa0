package org.coproduce.projects;

/** What describes a project, already checked. Money in pence. */
public record ProjectDetails(String title, String purpose, String outcomesHoped, String outcomesUnintended, CoKind coKind,
        CyclePhase phase, Long budgetTimePence, Long budgetExpensesPence) {
}
