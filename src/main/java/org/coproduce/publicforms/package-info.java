/**
 * Forms anyone can send without signing in, such as feedback and saying you are interested in taking part: kept free
 * of junk by a hidden field, a signed time stamp and a limit per address, never by a puzzle or a third-party service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public forms")
package org.coproduce.publicforms;
