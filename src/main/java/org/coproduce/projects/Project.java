package org.coproduce.projects;

/**
 * A piece of co-production work.
 *
 * @param budgetTimePence     money set aside to pay people for their time, in pence; null when not set
 * @param budgetExpensesPence money set aside for people's expenses, in pence; null when not set
 */
public record Project(
        long id,
        String title,
        String purpose,
        String outcomesHoped,
        String outcomesUnintended,
        CoKind coKind,
        CyclePhase phase,
        Long budgetTimePence,
        Long budgetExpensesPence) {
}
