package org.coproduce.people;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.Labels;
import org.coproduce.web.NotFoundException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Importing a spreadsheet in two steps: read and preview, writing nothing; then, once confirmed, add the good rows. */
@Service
class Importing {

    private final ImportRepository uploads;
    private final PersonRepository people;
    private final RegisterChanges register;
    private final Labels labels;

    Importing(ImportRepository uploads, PersonRepository people, RegisterChanges register, Labels labels) {
        this.uploads = uploads;
        this.people = people;
        this.register = register;
        this.labels = labels;
    }

    RegisterCsv.Reading read(CurrentUser user, byte[] bytes) {
        return RegisterCsv.read(bytes, people.emails(user.organisationId()), labels);
    }

    long keepForPreview(CurrentUser user, String fileName, byte[] bytes) {
        return uploads.save(user.organisationId(), user.personId(), fileName, RegisterCsv.decode(bytes));
    }

    ImportRepository.Upload upload(CurrentUser user, long id) {
        return uploads.find(user.organisationId(), id).orElseThrow(NotFoundException::new);
    }

    RegisterCsv.Reading preview(CurrentUser user, ImportRepository.Upload upload) {
        return read(user, upload.content().getBytes(StandardCharsets.UTF_8));
    }

    @Scheduled(cron = "0 17 * * * *")
    void forgetAbandonedUploads() {
        uploads.deleteUnconfirmedOlderThanADay();
    }

    /** @return how many people were added, or empty when this upload had already been confirmed */
    @Transactional
    OptionalInt confirm(CurrentUser user, long id) {
        ImportRepository.Upload upload = upload(user, id);
        if (!uploads.confirm(user.organisationId(), id)) {
            return OptionalInt.empty();
        }
        RegisterCsv.Reading reading = preview(user, upload);
        reading.rows().forEach(row -> register.add(user, row.person(), "Added from a spreadsheet"));
        return OptionalInt.of(reading.rows().size());
    }
}
