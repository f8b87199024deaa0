package org.coproduce.publishing;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisations;
import org.coproduce.organisations.PublicDetails;
import org.coproduce.web.Dates;
import org.coproduce.web.FileKind;
import org.coproduce.web.FileResponse;
import org.coproduce.web.FormErrors;
import org.coproduce.web.NotFoundException;
import org.coproduce.writing.WritingCheck;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * Where the coordinator writes the public pages: a draft checked for plain English field by field, a preview, then
 * publishing, which makes a new version and leaves the old ones readable.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class PublishingController {

    static final int MOST_FILE_BYTES = 10 * 1024 * 1024;

    private final PublishingRepository pages;
    private final PageChanges changes;
    private final WritingCheck check;
    private final Organisations organisations;

    PublishingController(PublishingRepository pages, PageChanges changes, WritingCheck check, Organisations organisations) {
        this.pages = pages;
        this.changes = changes;
        this.check = check;
        this.organisations = organisations;
    }

    @GetMapping("/publishing")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("pages", pages.all(user.organisationId()));
        return "publishing/list";
    }

    @GetMapping("/publishing/settings")
    String settingsForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        PublicDetails details = organisations.publicDetails(user.organisationId());
        return settings(user, details.introduction(), details.phone(), details.postalAddress(), FormErrors.none(), model);
    }

    @PostMapping("/publishing/settings")
    String saveSettings(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String introduction,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String postalAddress, Model model,
            RedirectAttributes redirect) {
        List<FormErrors.Error> problems = new ArrayList<>();
        PublishingLimits.INTRODUCTION.check("introduction", introduction, problems);
        if (phone != null && !phone.matches("[0-9+() -]{6,30}")) {
            problems.add(new FormErrors.Error("phone", "Enter a phone number, like 01632 960 001"));
        }
        PublishingLimits.POSTAL_ADDRESS.check("postalAddress", postalAddress, problems);
        if (!problems.isEmpty()) {
            return settings(user, introduction, phone, postalAddress, FormErrors.of(problems), model);
        }
        organisations.savePublicDetails(user.organisationId(), new PublicDetails(introduction, phone, postalAddress));
        redirect.addFlashAttribute("notice", "Your public home page is up to date");
        return "redirect:/publishing";
    }

    @GetMapping("/publishing/new")
    String startForm(@AuthenticationPrincipal CurrentUser user, @RequestParam PageKind kind, Model model) {
        Optional<PublicPage> single = kind.single() ? pages.findSingle(user.organisationId(), kind) : Optional.empty();
        if (single.isPresent()) {
            return "redirect:/publishing/" + single.get().id() + "/edit";
        }
        return form(user, kind, null, PageForm.empty(), null, FormErrors.none(), model);
    }

    @PostMapping("/publishing/new")
    String start(@AuthenticationPrincipal CurrentUser user, @RequestParam PageKind kind, PageForm form, Model model) {
        List<FormErrors.Error> problems = form.problems(kind, today());
        if (!problems.isEmpty()) {
            return form(user, kind, null, form, null, FormErrors.of(problems), model);
        }
        long pageId = changes.start(user, kind, form.text());
        return "redirect:/publishing/" + pageId;
    }

    @GetMapping("/publishing/{pageId}")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long pageId, Model model) {
        return overview(user, page(user, pageId), false, FormErrors.none(), model);
    }

    @GetMapping("/publishing/{pageId}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long pageId, Model model) {
        PublicPage page = page(user, pageId);
        Optional<PageText> words = pages.draft(user.organisationId(), pageId).map(Draft::text)
                .or(() -> pages.versions(user.organisationId(), pageId).stream().findFirst().map(PageVersion::text));
        PageForm form = words.map(PageForm::of).orElse(PageForm.empty());
        return form(user, page.kind(), page, form, words.map(t -> PageChecks.of(check, user.organisationId(), t)).orElse(null),
                FormErrors.none(), model);
    }

    @PostMapping("/publishing/{pageId}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long pageId, PageForm form, Model model) {
        PublicPage page = page(user, pageId);
        List<FormErrors.Error> problems = form.problems(page.kind(), today());
        if (!problems.isEmpty()) {
            return form(user, page.kind(), page, form, null, FormErrors.of(problems), model);
        }
        changes.saveDraft(user, pageId, form.text());
        return "redirect:/publishing/" + pageId;
    }

    @PostMapping("/publishing/{pageId}/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long pageId,
            @RequestParam(required = false) Boolean publishAnyway, @RequestParam(required = false) Long savedAt, Model model,
            RedirectAttributes redirect) {
        PublicPage page = page(user, pageId);
        Draft draft = pages.draft(user.organisationId(), pageId).orElse(null);
        if (draft == null) {
            return overview(user, page, false, FormErrors.of("publish", "There are no changes to publish"), model);
        }
        if (savedAt != null && draft.savedAt().toEpochMilli() != savedAt) {
            return overview(user, page, false, FormErrors.of("publish",
                    "Someone changed the page after you opened it. Check the preview again, then publish"), model);
        }
        PageChecks checks = PageChecks.of(check, user.organisationId(), draft.text());
        if (checks.needWarning() && !Boolean.TRUE.equals(publishAnyway)) {
            return overview(user, page, true, FormErrors.none(), model);
        }
        Integer version = changes.publish(user, pageId, savedAt).orElse(null);
        if (version == null) {
            return overview(user, page, false, FormErrors.of("publish",
                    "Someone changed the page after you opened it. Check the preview again, then publish"), model);
        }
        if (checks.needWarning()) {
            check.recordPublishedDespiteWarning(user, "Public page: " + draft.text().title(), checks.worst());
        }
        redirect.addFlashAttribute("notice", version == 1 ? "Published: anyone can read it now"
                : "Version " + version + " is published: anyone can read it now");
        return "redirect:/publishing/" + pageId;
    }

    @PostMapping("/publishing/{pageId}/discard")
    String discard(@AuthenticationPrincipal CurrentUser user, @PathVariable long pageId, RedirectAttributes redirect) {
        page(user, pageId);
        if (pages.deleteNeverPublished(user.organisationId(), pageId)) {
            redirect.addFlashAttribute("notice", "The draft is deleted");
            return "redirect:/publishing";
        }
        pages.discardDraft(user.organisationId(), pageId);
        redirect.addFlashAttribute("notice", "Your changes are thrown away. The published version is unchanged");
        return "redirect:/publishing/" + pageId;
    }

    @PostMapping("/publishing/{pageId}/unpublish")
    String unpublish(@AuthenticationPrincipal CurrentUser user, @PathVariable long pageId, RedirectAttributes redirect) {
        page(user, pageId);
        pages.unpublish(user.organisationId(), pageId);
        redirect.addFlashAttribute("notice", "The page is taken down. Nobody outside can read it until you publish it again");
        return "redirect:/publishing/" + pageId;
    }

    @PostMapping("/publishing/{pageId}/files")
    String addFile(@AuthenticationPrincipal CurrentUser user, @PathVariable long pageId, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        PublicPage page = page(user, pageId);
        MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("file");
        if (file == null || file.isEmpty()) {
            return overview(user, page, false, FormErrors.of("file", "Choose a PDF or Word file to add"), model);
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            return overview(user, page, false, FormErrors.of("file", "The file could not be read. Choose it again"), model);
        }
        if (content.length > MOST_FILE_BYTES) {
            return overview(user, page, false, FormErrors.of("file", "The file must be smaller than 10 MB"), model);
        }
        FileKind kind = FileKind.of(file.getOriginalFilename(), content)
                .filter(k -> k == FileKind.PDF || k == FileKind.WORD).orElse(null);
        if (kind == null) {
            return overview(user, page, false, FormErrors.of("file", "The file must be a PDF or a Word document (.docx)"), model);
        }
        String name = FileKind.safeName(file.getOriginalFilename(), kind, "document");
        pages.addFile(user.organisationId(), pageId, name, kind.contentType(), content);
        if (pages.draft(user.organisationId(), pageId).isEmpty()) {
            pages.versions(user.organisationId(), pageId).stream().findFirst().ifPresent(latest -> changes.saveDraft(user, pageId,
                    PageForm.of(latest.text()).withChangeNote("Added " + name).text()));
        }
        redirect.addFlashAttribute("notice", "Added " + name + ". It will be on the public page when you publish");
        return "redirect:/publishing/" + pageId;
    }

    @PostMapping("/publishing/{pageId}/files/{fileId}/remove")
    String removeFile(@AuthenticationPrincipal CurrentUser user, @PathVariable long pageId, @PathVariable long fileId,
            RedirectAttributes redirect) {
        page(user, pageId);
        pages.removeFile(user.organisationId(), pageId, fileId);
        redirect.addFlashAttribute("notice", "The file is taken away from the page");
        return "redirect:/publishing/" + pageId;
    }

    @GetMapping("/publishing/{pageId}/files/{fileId}")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal CurrentUser user, @PathVariable long pageId, @PathVariable long fileId) {
        page(user, pageId);
        PageFile file = pages.files(user.organisationId(), pageId).stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(NotFoundException::new);
        byte[] content = pages.fileContent(user.organisationId(), pageId, fileId).orElseThrow(NotFoundException::new);
        return FileResponse.download(file.fileName(), file.contentType(), content, "private, no-store");
    }

    private String settings(CurrentUser user, String introduction, String phone, String postalAddress, FormErrors errors,
            Model model) {
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("introduction", introduction);
        model.addAttribute("phone", phone);
        model.addAttribute("postalAddress", postalAddress);
        model.addAttribute("check", introduction == null ? null : check.check(user.organisationId(), introduction));
        model.addAttribute("errors", errors);
        return "publishing/settings";
    }

    private String overview(CurrentUser user, PublicPage page, boolean warn, FormErrors errors, Model model) {
        long organisationId = user.organisationId();
        Optional<Draft> draft = pages.draft(organisationId, page.id());
        List<PageVersion> versions = pages.versions(organisationId, page.id());
        model.addAttribute("organisation", organisations.get(organisationId));
        model.addAttribute("publicPage", page);
        model.addAttribute("draft", draft.orElse(null));
        model.addAttribute("checks", draft.map(d -> PageChecks.of(check, organisationId, d.text())).orElse(null));
        model.addAttribute("versions", versions);
        model.addAttribute("files", pages.files(organisationId, page.id()));
        model.addAttribute("publishedFiles", pages.publishedFiles(organisationId, page.id()).stream().map(PageFile::id).toList());
        model.addAttribute("warn", warn);
        model.addAttribute("errors", errors);
        return "publishing/page";
    }

    private String form(CurrentUser user, PageKind kind, PublicPage page, PageForm form, PageChecks checks, FormErrors errors,
            Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("publicPage", page);
        model.addAttribute("form", form);
        model.addAttribute("checks", checks);
        model.addAttribute("published", page != null && pages.everPublished(user.organisationId(), page.id()));
        model.addAttribute("errors", errors);
        return "publishing/form";
    }

    private PublicPage page(CurrentUser user, long pageId) {
        return pages.find(user.organisationId(), pageId).orElseThrow(NotFoundException::new);
    }

    private static LocalDate today() {
        return LocalDate.now(Dates.LONDON);
    }
}
