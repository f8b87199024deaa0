package org.coproduce.privacy;

/** What was done: looked at, added, changed, removed, or downloaded. */
public enum AuditAction { VIEWED, ADDED, CHANGED, REMOVED, EXPORTED }
