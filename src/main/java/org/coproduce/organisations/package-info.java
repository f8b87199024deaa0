/** Organisations: the tenants. Every other module's data belongs to one of them. */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package org.coproduce.organisations;
