package org.coproduce.groups;

/** What a champion did: training, or supporting a piece of work. */
public enum ChampionActivity { TRAINING, SUPPORT }
