package org.coproduce.people;

import java.io.IOException;
import java.util.OptionalInt;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Bringing an existing involvement spreadsheet into the register: upload, check the preview, then confirm. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ImportController {

    private final Importing importing;

    ImportController(Importing importing) {
        this.importing = importing;
    }

    @GetMapping("/people/import")
    String form(Model model) {
        return uploadForm(FormErrors.none(), model);
    }

    @PostMapping("/people/import")
    String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
            Model model) throws IOException {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return uploadForm(FormErrors.of("file", "Choose a CSV file to upload"), model);
        }
        byte[] bytes = file.getBytes();
        RegisterCsv.Reading reading = importing.read(user, bytes);
        if (reading.fileProblem() != null) {
            return uploadForm(FormErrors.of("file", reading.fileProblem()), model);
        }
        String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        return "redirect:/people/import/" + importing.keepForPreview(user, name, bytes);
    }

    @GetMapping("/people/import/{id}")
    String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
            RedirectAttributes redirect) {
        ImportRepository.Upload upload = importing.upload(user, id);
        if (upload.confirmed()) {
            redirect.addFlashAttribute("notice", "This file has already been imported");
            return "redirect:/people";
        }
        RegisterCsv.Reading reading = importing.preview(user, upload);
        if (reading.fileProblem() != null) {
            return uploadForm(FormErrors.of("file", reading.fileProblem()), model);
        }
        model.addAttribute("preview", ImportPreview.of(id, upload.fileName(), reading));
        return "people/importPreview";
    }

    @PostMapping("/people/import/{id}")
    String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        OptionalInt added = importing.confirm(user, id);
        redirect.addFlashAttribute("notice", added.isEmpty() ? "This file has already been imported"
                : added.getAsInt() == 1 ? "1 person has been added to the register"
                : added.getAsInt() + " people have been added to the register");
        return "redirect:/people";
    }

    private static String uploadForm(FormErrors errors, Model model) {
        model.addAttribute("errors", errors);
        model.addAttribute("columns", RegisterCsv.COLUMNS);
        return "people/import";
    }
}
