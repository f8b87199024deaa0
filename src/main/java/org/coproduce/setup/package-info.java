/**
 * Setting up a new installation: the first organisation and its first coordinator, from environment variables,
 * so that a real installation can be signed in to without demo data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Setup")
package org.coproduce.setup;
