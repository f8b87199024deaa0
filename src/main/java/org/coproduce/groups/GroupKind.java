package org.coproduce.groups;

public enum GroupKind { BOARD, WORKING_GROUP, REFERENCE_GROUP, CHAMPIONS_NETWORK }
