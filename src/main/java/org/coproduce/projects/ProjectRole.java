package org.coproduce.projects;

/** A person's part in a project's team. Co-leads lead it together. */
public enum ProjectRole { CO_LEAD, MEMBER, ADVISER, SUPPORTING_STAFF }
