/** Browser journeys, named actor, verb, object: real headless Chromium, with an accessibility scan of every page. */
package org.coproduce.journeys;
