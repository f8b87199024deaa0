package org.coproduce.privacy;

/** One kind of information and how long the organisation keeps it, in words, for the notice and the records. */
public record RetentionLine(RetentionKind kind, String keptFor) {
}
