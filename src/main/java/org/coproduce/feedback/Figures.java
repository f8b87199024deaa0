package org.coproduce.feedback;

import java.util.List;

/**
 * What the public page says about how we answer feedback.
 *
 * @param medianWorkingDays half the answers took this many working days or fewer; null when nothing was answered
 */
public record Figures(int received, int answered, Integer medianWorkingDays) {

    static Figures of(List<FeedbackRepository.Answer> lastYear, WorkingDays days) {
        List<Integer> taken = lastYear.stream()
                .filter(answer -> answer.respondedAt() != null)
                .map(answer -> days.between(Today.dateOf(answer.receivedAt()), Today.dateOf(answer.respondedAt())))
                .sorted()
                .toList();
        return new Figures(lastYear.size(), taken.size(), median(taken));
    }

    /** The middle value, rounded up when there are two middles: we would rather say slower than we are. */
    static Integer median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return (sorted.get(middle - 1) + sorted.get(middle) + 1) / 2;
    }
}
