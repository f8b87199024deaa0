package org.coproduce.web;

import java.util.Set;

/**
 * A link in the main navigation. Modules declare these as beans; the layout shows those the signed-in user may use.
 *
 * @param description one sentence for the home page, saying what the person can do there
 * @param authorities who sees it (for example {@code ROLE_COORDINATOR}); any one of them is enough
 * @param order       position, lowest first
 */
public record NavigationItem(String label, String href, String description, Set<String> authorities, int order) {
}
