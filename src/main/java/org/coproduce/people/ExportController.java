package org.coproduce.people;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.Dates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;

/** The whole register, archived people included, as a CSV file that the import page can read back. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ExportController {

    private final PersonRepository people;
    private final SensitiveInformationRepository sensitive;
    private final SensitiveViews sensitiveViews;

    ExportController(PersonRepository people, SensitiveInformationRepository sensitive, SensitiveViews sensitiveViews) {
        this.people = people;
        this.sensitive = sensitive;
        this.sensitiveViews = sensitiveViews;
    }

    @GetMapping("/people/export.csv")
    @Transactional
    public void export(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
        List<Person> everyone = people.all(user.organisationId());
        Map<Long, AccessAndCommunication> access = sensitive.accessAndCommunicationOfEveryone(user.organisationId());
        sensitiveViews.exported(user, everyone);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"register-" + LocalDate.now(Dates.LONDON) + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        RegisterCsv.write(everyone, access, out);
    }
}
