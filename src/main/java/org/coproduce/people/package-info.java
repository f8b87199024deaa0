/**
 * The register of people: who they are, how they want to be described and contacted, their skills, what helps them
 * take part, their consents, and (if they choose to say) equality and benefits information.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.coproduce.people;
