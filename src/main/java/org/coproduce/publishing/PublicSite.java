package org.coproduce.publishing;

import java.util.List;
import org.coproduce.organisations.Organisation;
import org.coproduce.organisations.Organisations;
import org.coproduce.web.FileResponse;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Paging;
import org.coproduce.web.SiteAddress;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An organisation's public pages, for anyone to read without signing in. Only published pages are ever shown. */
@Controller
class PublicSite {

    static final int PER_PAGE = 20;

    private final Organisations organisations;
    private final PublishingRepository pages;
    private final SiteAddress site;

    PublicSite(Organisations organisations, PublishingRepository pages, SiteAddress site) {
        this.organisations = organisations;
        this.pages = pages;
        this.site = site;
    }

    @GetMapping("/public/{slug}")
    String home(@PathVariable String slug, Model model) {
        Organisation organisation = organisation(slug);
        long id = organisation.id();
        model.addAttribute("organisation", organisation);
        model.addAttribute("details", organisations.publicDetails(id));
        model.addAttribute("policy", first(pages.live(id, PageKind.POLICY, 1, 0)));
        model.addAttribute("plan", first(pages.live(id, PageKind.PLAN, 1, 0)));
        model.addAttribute("updates", pages.live(id, PageKind.UPDATE, 3, 0));
        model.addAttribute("papers", pages.live(id, PageKind.PAPERS, 3, 0));
        return "publishing/home";
    }

    @GetMapping("/public/{slug}/pages/{address}")
    String page(@PathVariable String slug, @PathVariable String address, Model model) {
        return show(slug, address, null, false, model);
    }

    @GetMapping("/public/{slug}/pages/{address}/easy-read")
    String easyRead(@PathVariable String slug, @PathVariable String address, Model model) {
        return show(slug, address, null, true, model);
    }

    @GetMapping("/public/{slug}/pages/{address}/versions/{version}")
    String version(@PathVariable String slug, @PathVariable String address, @PathVariable int version, Model model) {
        return show(slug, address, version, false, model);
    }

    @GetMapping("/public/{slug}/pages/{address}/versions")
    String versions(@PathVariable String slug, @PathVariable String address, Model model) {
        Organisation organisation = organisation(slug);
        PublicPage page = livePage(organisation, address);
        model.addAttribute("organisation", organisation);
        model.addAttribute("publicPage", page);
        model.addAttribute("versions", publishedVersions(organisation, page));
        return "publishing/publicVersions";
    }

    @GetMapping("/public/{slug}/pages/{address}/files/{fileId}/{name}")
    ResponseEntity<byte[]> file(@PathVariable String slug, @PathVariable String address, @PathVariable long fileId,
            @PathVariable String name) {
        Organisation organisation = organisation(slug);
        PublicPage page = livePage(organisation, address);
        // Only files added before the page was last published, so none of a page never published.
        PageFile file = pages.publishedFiles(organisation.id(), page.id()).stream()
                .filter(f -> f.id() == fileId).findFirst().orElseThrow(NotFoundException::new);
        byte[] content = pages.fileContent(organisation.id(), page.id(), fileId).orElseThrow(NotFoundException::new);
        // Checked again on every download, so that a file taken away is gone at once, from caches too.
        return FileResponse.download(file.fileName(), file.contentType(), content, "no-cache");
    }

    @GetMapping("/public/{slug}/updates")
    String updates(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        return listing(slug, PageKind.UPDATE, page, model);
    }

    @GetMapping("/public/{slug}/papers")
    String papers(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        return listing(slug, PageKind.PAPERS, page, model);
    }

    @GetMapping(value = "/public/{slug}/updates.atom")
    ResponseEntity<String> feed(@PathVariable String slug) {
        Organisation organisation = organisation(slug);
        List<PageSummary> updates = pages.live(organisation.id(), PageKind.UPDATE, PER_PAGE, 0);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(AtomFeed.of(site.base(), organisation, updates));
    }

    private String listing(String slug, PageKind kind, int pageNumber, Model model) {
        Organisation organisation = organisation(slug);
        int total = pages.countLive(organisation.id(), kind);
        Paging paging = Paging.clamped(pageNumber, PER_PAGE, total,
                "/public/" + organisation.slug() + (kind == PageKind.UPDATE ? "/updates" : "/papers"));
        model.addAttribute("organisation", organisation);
        model.addAttribute("kind", kind);
        model.addAttribute("pages", pages.live(organisation.id(), kind, PER_PAGE, paging.offset()));
        model.addAttribute("paging", paging);
        return "publishing/listing";
    }

    private String show(String slug, String address, Integer version, boolean easyRead, Model model) {
        Organisation organisation = organisation(slug);
        PublicPage page = livePage(organisation, address);
        List<PageVersion> versions = publishedVersions(organisation, page);
        PageVersion latest = versions.get(0);
        PageVersion shown = version == null ? latest
                : versions.stream().filter(v -> v.version() == version).findFirst().orElseThrow(NotFoundException::new);
        if (easyRead && shown.text().easyRead() == null) {
            throw new NotFoundException();
        }
        model.addAttribute("organisation", organisation);
        model.addAttribute("publicPage", page);
        model.addAttribute("shown", shown);
        model.addAttribute("latest", latest);
        model.addAttribute("firstPublished", versions.get(versions.size() - 1).publishedAt());
        model.addAttribute("easyRead", easyRead);
        model.addAttribute("files", version == null ? pages.publishedFiles(organisation.id(), page.id()) : List.of());
        return "publishing/public";
    }

    /** A page that is not taken down; whether it was ever published is known once its versions are read. */
    private PublicPage livePage(Organisation organisation, String address) {
        return pages.findByAddress(organisation.id(), address).filter(page -> page.unpublishedAt() == null)
                .orElseThrow(NotFoundException::new);
    }

    /** Newest first; a page never published is not there at all for the public. */
    private List<PageVersion> publishedVersions(Organisation organisation, PublicPage page) {
        List<PageVersion> versions = pages.versions(organisation.id(), page.id());
        if (versions.isEmpty()) {
            throw new NotFoundException();
        }
        return versions;
    }

    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow(NotFoundException::new);
    }

    private static PageSummary first(List<PageSummary> pages) {
        return pages.isEmpty() ? null : pages.get(0);
    }
}
