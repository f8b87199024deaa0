package org.coproduce.web;

import java.util.List;

/**
 * Everything the layout needs on every page: the form token, who is signed in, the navigation and the words.
 *
 * @param user null when nobody is signed in
 */
public record PageContext(
        String csrfParameter,
        String csrfToken,
        SignedInUser user,
        List<NavigationItem> navigation,
        String currentPath,
        Labels labels,
        boolean demo) {

    public boolean signedIn() {
        return user != null;
    }

    public boolean isCurrent(NavigationItem item) {
        return currentPath.equals(item.href()) || currentPath.startsWith(item.href() + "/");
    }
}
