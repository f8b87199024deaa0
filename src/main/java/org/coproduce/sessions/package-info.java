/**
 * Sessions: meetings, workshops, drop-ins and one-to-ones. Who came, what was decided, and, for a group's meetings,
 * whether enough people with lived experience were there for the decisions to count.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sessions")
package org.coproduce.sessions;
