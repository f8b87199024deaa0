package org.coproduce.people;

/**
 * What to look for in the register. Null means "any".
 *
 * @param name part of a full name or the name someone likes to be called
 * @param need only honoured for those allowed to see access needs
 * @param page counted from 1
 */
public record PeopleSearch(String name, InvolvementRole role, String skill, AccessNeed need, boolean includeArchived, int page) {

    public static final int PAGE_SIZE = 20;
    private static final int LAST_POSSIBLE_PAGE = 1_000_000;

    public PeopleSearch {
        page = Math.max(1, Math.min(page, LAST_POSSIBLE_PAGE));
    }

    /** The same search, on a page that exists: past the end means the last page. */
    PeopleSearch onPageWithin(int total) {
        int last = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return page <= last ? this : new PeopleSearch(name, role, skill, need, includeArchived, last);
    }

    int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    PeopleSearch withoutNeed() {
        return new PeopleSearch(name, role, skill, null, includeArchived, page);
    }
}
