package org.coproduce.sessions;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who has had a chance to speak at a session, so that the people not heard yet can be noticed and asked. */
final class Voices {

    private Voices() {
    }

    /**
     * The people there who have not spoken on any agenda item yet, in the order given.
     *
     * @param spoke for each agenda item, who spoke on it
     */
    static List<Candidate> notYetHeard(List<Candidate> there, Map<Long, ? extends Collection<Long>> spoke) {
        Set<Long> heard = new java.util.HashSet<>();
        spoke.values().forEach(heard::addAll);
        return there.stream().filter(person -> !heard.contains(person.personId())).toList();
    }
}
