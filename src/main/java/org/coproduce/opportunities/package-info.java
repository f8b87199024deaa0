/**
 * Get involved: opportunities to take part, published for everyone, and the people who say they are interested, who
 * become people in the register in one step with their consent recorded. The coordinator sees who has been chosen so
 * far, to keep each group diverse.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Get involved")
package org.coproduce.opportunities;
