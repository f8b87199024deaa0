package org.coproduce.publishing;

import java.util.Optional;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing, publishing and taking down public pages, each as one transaction. */
@Service
@Transactional
class PageChanges {

    private final PublishingRepository pages;

    PageChanges(PublishingRepository pages) {
        this.pages = pages;
    }

    /** Starts a page with its first draft. The policy and the plan are one page each: the existing one is reused. */
    long start(CurrentUser by, PageKind kind, PageText text) {
        long organisationId = by.organisationId();
        long pageId = kind.single()
                ? pages.findSingle(organisationId, kind).map(PublicPage::id)
                        .orElseGet(() -> pages.create(organisationId, kind, kind.fixedAddress()))
                : pages.create(organisationId, kind, freeAddress(organisationId, text.title()));
        pages.saveDraft(organisationId, pageId, text, by.personId());
        return pageId;
    }

    void saveDraft(CurrentUser by, long pageId, PageText text) {
        pages.saveDraft(by.organisationId(), pageId, text, by.personId());
    }

    Optional<Integer> publish(CurrentUser by, long pageId) {
        return pages.publishDraft(by.organisationId(), pageId, by.personId());
    }

    /** Publishes the draft only if it is still the one saved at {@code savedAt} (milliseconds), the one previewed. */
    Optional<Integer> publish(CurrentUser by, long pageId, Long savedAt) {
        return pages.publishDraft(by.organisationId(), pageId, by.personId(), savedAt);
    }

    /** An address made from the title, never one already used, so old links keep pointing where they did. */
    private String freeAddress(long organisationId, String title) {
        String base = Organisations.slugFor(title);
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        String address = base;
        for (int n = 2; pages.addressTaken(organisationId, address); n++) {
            address = base + "-" + n;
        }
        return address;
    }
}
