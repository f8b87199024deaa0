package org.coproduce.web;

/**
 * One thing to notice on the home page.
 *
 * @param title       what is wrong, in a few words
 * @param explanation why it matters, in plain English
 * @param href        where to put it right
 * @param linkText    the words of that link
 */
public record HomeFlag(String title, String explanation, String href, String linkText) {
}
