package org.coproduce.people;

import java.util.List;

/** What an uploaded spreadsheet will do if confirmed: who will be added, and which lines will not, and why. */
public record ImportPreview(long id, String fileName, List<Row> rows, List<Problem> problems) {

    public record Row(int line, PersonDetails person) {
    }

    public record Problem(int line, String reason) {
    }

    static ImportPreview of(long id, String fileName, RegisterCsv.Reading reading) {
        return new ImportPreview(id, fileName,
                reading.rows().stream().map(row -> new Row(row.line(), row.person())).toList(),
                reading.problems().stream().map(problem -> new Problem(problem.line(), problem.reason())).toList());
    }
}
