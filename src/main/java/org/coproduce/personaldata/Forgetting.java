package org.coproduce.personaldata;

import java.util.List;

/**
 * How one part of Coproduce forgets a person who asked to be erased. Each module that keeps anything about people
 * declares a bean of this type, as it does {@link PersonalData}; erasure asks every one of them, in one transaction.
 */
public interface Forgetting {

    /**
     * The order for a module's part (Spring's {@code @Order}): before privacy's own and the register's, which go last
     * because the others may still need the person's row, such as their email address, to find what they hold.
     */
    int BEFORE_THE_REGISTER = 0;

    /** What erasing the person would do to what this part holds, for the dry run; empty when it holds nothing. */
    List<Consequence> plan(long organisationId, long personId);

    /** Erases the person from this part, in the caller's transaction. */
    void erase(long organisationId, long personId);

    enum Fate { DELETED, ANONYMISED, KEPT }

    /**
     * @param what how many of what, in words, such as "3 fee claims"
     * @param why  for what is kept or anonymised, the reason, such as the rule that makes us keep it
     */
    record Consequence(Fate fate, String what, String why) {

        public static Consequence deleted(String what) {
            return new Consequence(Fate.DELETED, what, "");
        }

        public static Consequence anonymised(String what, String why) {
            return new Consequence(Fate.ANONYMISED, what, why);
        }

        public static Consequence kept(String what, String why) {
            return new Consequence(Fate.KEPT, what, why);
        }
    }

    /** "1 fee claim", "3 fee claims": for counting things in a consequence. */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
