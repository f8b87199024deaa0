/**
 * Layout, navigation, error pages and shared view helpers. No business logic, and no dependency on other modules:
 * they contribute navigation items and describe the signed-in user through the types here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.coproduce.web;
