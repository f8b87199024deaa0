/**
 * Boards, working groups, reference groups and champions networks: who is in them and in what role, whether people
 * with lived experience co-chair them and count towards their quorum, their terms of reference, induction for new
 * members, champions' training and work, and the diversity of their members.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Groups")
package org.coproduce.groups;
