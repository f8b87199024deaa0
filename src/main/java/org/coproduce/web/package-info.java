/**
 * Layout, navigation, error pages, shared view helpers and the one way to refuse a request ({@link org.coproduce.web.Refused}).
 * No business logic, and no dependency on other modules:
 * they contribute navigation items and describe the signed-in user through the types here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.coproduce.web;
