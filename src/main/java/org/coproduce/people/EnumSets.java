package org.coproduce.people;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Sets of enum constants that keep declaration order, so lists show in the same order as the form. */
final class EnumSets {

    private EnumSets() {
    }

    static <E extends Enum<E>> Set<E> copy(Class<E> type, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(set::add);
        }
        return Collections.unmodifiableSet(set);
    }

    /** Parses "A,B" as stored by string_agg; unknown names cannot occur because the database checks them. */
    static <E extends Enum<E>> Set<E> parse(Class<E> type, String joined) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (joined != null) {
            Arrays.stream(joined.split(",")).filter(name -> !name.isEmpty()).map(name -> Enum.valueOf(type, name)).forEach(set::add);
        }
        return Collections.unmodifiableSet(set);
    }
}
