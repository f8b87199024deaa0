/** Email to people: sending over SMTP, and the in-process mail server used by the demo and the tests. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.coproduce.notifications;
