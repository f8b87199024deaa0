/**
 * Checking if co-production is happening: self-assessment frameworks (built in, from a file, or copied and edited),
 * rounds in which everyone involved rates each indicator, the gaps between groups, agreed ratings, action plans and
 * progress over time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Self-assessment")
package org.coproduce.assessment;
