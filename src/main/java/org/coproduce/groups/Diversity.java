package org.coproduce.groups;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.coproduce.people.AccessNeed;
import org.coproduce.people.Equality;

/**
 * The spread of a group's members across the equality monitoring answers they chose to give, with small numbers
 * hidden so that nobody can be picked out, and which of the groups the source documents name as often left out
 * are missing.
 *
 * @param present for each group often left out, whether any member belongs to it; empty when too few have answered
 */
public record Diversity(int members, int answered, boolean tooFewToShow, List<Spread> spreads, Map<LeftOut, Boolean> present) {

    /**
     * Counts under this are not shown, nor a count that leaves fewer than this outside it (which would say what nearly
     * everyone answered, or everyone), and a group with fewer answers than this shows no spread at all. Hidden counts
     * are never alone, nor fewer than this between them, so that they cannot be worked out from the total.
     */
    public static final int SAFE_MINIMUM = 5;

    /** Groups the source documents say are often left out of co-production. */
    public enum LeftOut { CHILDREN_AND_YOUNG_PEOPLE, SEVERE_OR_PROFOUND_LEARNING_DISABILITY, OLDER_PEOPLE_WITH_HIGH_SUPPORT_NEEDS,
        MINORITY_ETHNIC_COMMUNITIES, LGBT_PEOPLE }

    /** How the answers to one question spread: each answer with its count, or null where the count is too small to show. */
    public record Spread(String question, List<Share> shares) {
    }

    public record Share(Enum<?> answer, Integer count) {
        public boolean hidden() {
            return count == null;
        }
    }

    /** What we know about one member. */
    record Answers(Equality equality, Set<AccessNeed> needs) {
    }

    static Diversity of(Collection<Answers> members) {
        List<Equality> answers = members.stream().map(Answers::equality).filter(Equality::answeredAny).toList();
        boolean tooFew = answers.size() < SAFE_MINIMUM;
        List<Spread> spreads = new ArrayList<>();
        if (!tooFew) {
            spreads.add(spread("AgeBand", answers, Equality::ageBand));
            spreads.add(spread("DisabilityAnswer", answers, Equality::disability));
            spreads.add(spread("LearningDisability", answers, Equality::learningDisability));
            spreads.add(spread("Ethnicity", answers, Equality::ethnicity));
            spreads.add(spread("Gender", answers, Equality::gender));
            spreads.add(spread("SexualOrientation", answers, Equality::sexualOrientation));
            spreads.add(spread("Religion", answers, Equality::religion));
        }
        // In a small group, "someone here is LGBT" points at a person, so this too waits for enough answers.
        Map<LeftOut, Boolean> present = new EnumMap<>(LeftOut.class);
        if (!tooFew) {
            for (LeftOut group : LeftOut.values()) {
                present.put(group, members.stream().anyMatch(m -> belongs(m, group)));
            }
        }
        return new Diversity(members.size(), answers.size(), tooFew, spreads, present);
    }

    static boolean belongs(Answers member, LeftOut group) {
        Equality e = member.equality();
        return switch (group) {
            case CHILDREN_AND_YOUNG_PEOPLE -> e.ageBand() == Equality.AgeBand.UNDER_18 || e.ageBand() == Equality.AgeBand.FROM_18_TO_24;
            case SEVERE_OR_PROFOUND_LEARNING_DISABILITY -> e.learningDisability() == Equality.LearningDisability.SEVERE_OR_PROFOUND;
            case OLDER_PEOPLE_WITH_HIGH_SUPPORT_NEEDS -> (e.ageBand() == Equality.AgeBand.FROM_65_TO_74 || e.ageBand() == Equality.AgeBand.FROM_75)
                    && member.needs().contains(AccessNeed.SUPPORT_WORKER);
            case MINORITY_ETHNIC_COMMUNITIES -> e.ethnicity() != null && e.ethnicity() != Equality.Ethnicity.WHITE
                    && e.ethnicity() != Equality.Ethnicity.DECLINED;
            case LGBT_PEOPLE -> e.sexualOrientation() == Equality.SexualOrientation.GAY_OR_LESBIAN
                    || e.sexualOrientation() == Equality.SexualOrientation.BISEXUAL
                    || e.sexualOrientation() == Equality.SexualOrientation.OTHER
                    || e.gender() == Equality.Gender.NON_BINARY || e.gender() == Equality.Gender.SELF_DESCRIBED;
        };
    }

    private static <E extends Enum<E>> Spread spread(String question, List<Equality> answers, Function<Equality, E> answer) {
        Map<E, Integer> counts = new LinkedHashMap<>();
        answers.stream().map(answer).filter(Objects::nonNull)
                .sorted()
                .forEach(value -> counts.merge(value, 1, Integer::sum));
        // Everyone who answered anything counts as a possible member of every answer, since those who skipped this
        // question are not shown apart.
        int total = answers.size();
        Set<E> hidden = new HashSet<>();
        counts.forEach((value, count) -> {
            if (count < SAFE_MINIMUM || total - count < SAFE_MINIMUM) {
                hidden.add(value);
            }
        });
        while (!hidden.isEmpty() && hidden.size() < counts.size()
                && (hidden.size() == 1 || total - shownSum(counts, hidden) < SAFE_MINIMUM)) {
            counts.entrySet().stream()
                    .filter(e -> !hidden.contains(e.getKey()))
                    .min(Map.Entry.comparingByValue())
                    .ifPresent(e -> hidden.add(e.getKey()));
        }
        List<Share> shares = counts.entrySet().stream()
                .map(e -> new Share(e.getKey(), hidden.contains(e.getKey()) ? null : e.getValue()))
                .toList();
        return new Spread(question, shares);
    }

    private static <E> int shownSum(Map<E, Integer> counts, Set<E> hidden) {
        return counts.entrySet().stream().filter(e -> !hidden.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }
}
