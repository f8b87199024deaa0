package org.coproduce.organisations;

/**
 * How an organisation introduces itself on its public pages, and how people who do not use forms can reach it.
 * Any of them may be null until the coordinator fills them in.
 */
public record PublicDetails(String introduction, String phone, String postalAddress) {
}
