/**
 * Plain English checking: readability scores, long sentences, likely passive voice, plainer words, jargon,
 * abbreviations and words people have asked us not to use, each with its place in the text.
 * Pure Java: no web, no database, no Spring. Start with {@link org.coproduce.plainenglish.PlainEnglish}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plain English")
package org.coproduce.plainenglish;
