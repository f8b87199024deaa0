package org.coproduce.web;

import java.util.List;

/**
 * Something a module wants the signed-in person to notice on their home page, such as a group that reports nowhere.
 * Modules declare these as beans; the home page shows what each has to say, in the order the beans are declared.
 */
public interface HomePanel {

    List<HomeFlag> flagsFor(SignedInUser user);
}
