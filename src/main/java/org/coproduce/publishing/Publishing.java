package org.coproduce.publishing;

import java.time.Instant;
import org.coproduce.accounts.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public pages for other modules and demo data: publishing words that were written and agreed elsewhere. */
@Service
@Transactional
public class Publishing {

    private final PageChanges changes;
    private final PublishingRepository pages;
    private final WhosWhoRepository whosWho;

    Publishing(PageChanges changes, PublishingRepository pages, WhosWhoRepository whosWho) {
        this.changes = changes;
        this.pages = pages;
        this.whosWho = whosWho;
    }

    /** Writes someone's who's who entry. It shows only while they agree to their name being shown in public. */
    public void writeWhosWhoEntry(CurrentUser by, long personId, String shownName, String roleTitle, String words) {
        whosWho.save(by.organisationId(), personId, shownName, roleTitle, words, false, by.personId());
    }

    /**
     * Publishes a page in one step, as a new version if it is the policy or plan and they exist already.
     *
     * @param publishedAt when it was really published, for pages brought in from an older website
     * @return the page's id
     */
    public long publish(CurrentUser by, PageKind kind, PageText text, Instant publishedAt) {
        long pageId = changes.start(by, kind, text);
        int version = changes.publish(by, pageId).orElseThrow();
        pages.backdate(by.organisationId(), pageId, version, publishedAt);
        return pageId;
    }

    /** Adds a PDF or Word file, already checked, to a page. It shows once the page is next published. */
    public void attach(CurrentUser by, long pageId, String fileName, String contentType, byte[] content, Instant addedAt) {
        long fileId = pages.addFile(by.organisationId(), pageId, fileName, contentType, content);
        pages.backdateFile(by.organisationId(), fileId, addedAt);
    }
}
