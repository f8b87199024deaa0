package org.coproduce.projects;

import java.util.List;

/** Who a new project's stakeholder map starts with; the groups the source documents say are often left out are marked. */
final class DefaultStakeholders {

    record Entry(String who, boolean oftenMissing) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("People who use the services", false),
            new Entry("Family carers", false),
            new Entry("Children and young people", true),
            new Entry("People with severe or profound learning disabilities", true),
            new Entry("Older people with high support needs", true),
            new Entry("People from minority ethnic communities", true),
            new Entry("Lesbian, gay, bisexual and trans people", true),
            new Entry("Staff who give support day to day", false),
            new Entry("Commissioners and people who decide", false),
            new Entry("Organisations that provide support", false));

    private DefaultStakeholders() {
    }
}
