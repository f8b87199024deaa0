/**
 * Demo data for trying Coproduce: a fictional partnership with about 40 people, and a second organisation
 * whose data the first can never see. Loaded once, on the first start with the demo profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.coproduce.demo;
