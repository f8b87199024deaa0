package org.coproduce.projects;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.web.FormErrors;

/**
 * How far preparation has got: each part of the task list with its status, the answers that need acting on, and the
 * voices not yet heard from the stakeholder map.
 */
public record Preparation(Map<PreparationSection, Status> statuses, Map<PreparationQuestion, PreparationAnswer> answers,
        List<Stakeholder> stakeholders) {

    public enum Status { NOT_STARTED, IN_PROGRESS, COMPLETED }

    static Preparation of(Map<PreparationQuestion, PreparationAnswer> answers, Set<PreparationSection> completed,
            List<Stakeholder> stakeholders) {
        Map<PreparationSection, Status> statuses = new EnumMap<>(PreparationSection.class);
        for (PreparationSection section : PreparationSection.values()) {
            boolean started = PreparationQuestion.of(section).stream()
                    .map(answers::get)
                    .anyMatch(a -> a != null && (a.answer() != null || a.note() != null));
            statuses.put(section, completed.contains(section) ? Status.COMPLETED : started ? Status.IN_PROGRESS : Status.NOT_STARTED);
        }
        return new Preparation(statuses, answers, stakeholders);
    }

    public Status status(PreparationSection section) {
        return statuses.get(section);
    }

    public long completedCount() {
        return statuses.values().stream().filter(status -> status == Status.COMPLETED).count();
    }

    public String answer(PreparationQuestion question) {
        var answer = answers.get(question);
        return answer == null ? null : answer.answer();
    }

    public String note(PreparationQuestion question) {
        var answer = answers.get(question);
        return answer == null ? null : answer.note();
    }

    /** Questions answered "no" or "not sure": what to act on before the work starts. */
    public List<PreparationQuestion> toActOn() {
        return answers.entrySet().stream()
                .filter(e -> !e.getKey().inWords())
                .filter(e -> Readiness.NO.name().equals(e.getValue().answer()) || Readiness.NOT_SURE.name().equals(e.getValue().answer()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    /** Groups that should be involved and are not yet: the voices not heard. */
    public List<Stakeholder> voicesNotHeard() {
        return stakeholders.stream().filter(Stakeholder::missing).toList();
    }

    /**
     * What stops a part being marked completed: an unanswered question, or someone missing from the map without a
     * reason and a plan.
     */
    static List<FormErrors.Error> blockingCompletion(PreparationSection section,
            Map<PreparationQuestion, PreparationAnswer> answers, List<Stakeholder> stakeholders) {
        List<FormErrors.Error> problems = new ArrayList<>();
        for (PreparationQuestion question : PreparationQuestion.of(section)) {
            var answer = answers.get(question);
            if (answer == null || answer.answer() == null) {
                problems.add(new FormErrors.Error(question.field(), question.inWords()
                        ? "Answer this question before you mark this part as completed"
                        : "Choose yes, no or not sure before you mark this part as completed"));
            }
        }
        if (section == PreparationSection.RELATIONSHIPS) {
            stakeholders.stream().filter(Stakeholder::unexplained).forEach(s -> problems.add(new FormErrors.Error("map",
                    "Say why " + s.who().toLowerCase(java.util.Locale.UK) + " are not involved yet, and what you will do, before you mark this part as completed")));
        }
        return problems;
    }
}
