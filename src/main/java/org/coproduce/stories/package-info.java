/**
 * Stories in people's own words, written or recorded, with the reader chosen by the person who tells it: only the
 * co-production team, the board, or everyone. A story can be heard at a board or working group meeting, and withdrawn
 * at any time, which erases it everywhere at once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stories")
package org.coproduce.stories;
