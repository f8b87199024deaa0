/**
 * Projects: pieces of co-production work. Their purpose and hoped-for outcomes, which of the four Co's they are and
 * where they sit in the commissioning cycle, their budget for people's time, their team and co-leads, their
 * preparation as a task list with a stakeholder map, and where they sit on the ladder of participation over time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects")
package org.coproduce.projects;
