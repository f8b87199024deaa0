/**
 * Public pages for each organisation, readable without signing in: its co-production policy and plan with their
 * versions and who agreed them, updates with a feed, papers and minutes of meetings, files to download, and how to get
 * in touch. Coordinators write them with the plain English check, preview and publish.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public pages")
package org.coproduce.publishing;
