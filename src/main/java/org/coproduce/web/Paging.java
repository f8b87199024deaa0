package org.coproduce.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a list is, for the GOV.UK pagination component.
 *
 * @param page        the current page, counted from 1
 * @param query       the rest of the query string, starting with "&amp;" when not empty, kept on every link
 */
public record Paging(int page, int pageSize, int total, String path, String query) {

    /** A page number to link to, or a gap ("…") between distant pages when number is 0. */
    public record Link(int number, String href, boolean current) {
        public boolean gap() {
            return number == 0;
        }
    }

    /** The page asked for, kept between the first and the last, so that an old or made-up link still shows a page. */
    public static Paging clamped(int requested, int pageSize, int total, String path) {
        int last = Math.max(1, (total + pageSize - 1) / pageSize);
        return new Paging(Math.min(Math.max(1, requested), last), pageSize, total, path, "");
    }

    /** How many items come before this page. */
    public int offset() {
        return (page - 1) * pageSize;
    }

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public int firstShown() {
        return total == 0 ? 0 : (page - 1) * pageSize + 1;
    }

    public int lastShown() {
        return Math.min(total, page * pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public String href(int number) {
        return path + "?page=" + number + query;
    }

    /** The first and last pages, and those next to the current one, with gaps between. */
    public List<Link> links() {
        List<Link> links = new ArrayList<>();
        int last = pages();
        int previousShown = 0;
        for (int number = 1; number <= last; number++) {
            boolean show = number == 1 || number == last || Math.abs(number - page) <= 1;
            if (!show) {
                continue;
            }
            if (number - previousShown > 1) {
                links.add(new Link(0, null, false));
            }
            links.add(new Link(number, href(number), number == page));
            previousShown = number;
        }
        return links;
    }
}
