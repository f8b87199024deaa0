package org.coproduce.publishing;

/** What a public page is. The policy and the plan are one page each; there can be many updates and papers. */
public enum PageKind {
    POLICY("co-production-policy"),
    PLAN("co-production-plan"),
    UPDATE(null),
    PAPERS(null);

    private final String fixedAddress;

    PageKind(String fixedAddress) {
        this.fixedAddress = fixedAddress;
    }

    /** The policy and the plan always live at the same address, so that links to them never break. */
    String fixedAddress() {
        return fixedAddress;
    }

    public boolean single() {
        return fixedAddress != null;
    }

    /** The policy and the plan say when they were agreed and by whom. */
    public boolean agreed() {
        return single();
    }
}
