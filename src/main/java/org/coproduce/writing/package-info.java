/**
 * Plain English in the product: the "Check my writing" page, each organisation's jargon buster (built-in entries
 * plus its own, and a public A to Z), the check shown under fields that partners or the public will read, and the
 * record kept when someone publishes text the check warned about.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Writing")
package org.coproduce.writing;
