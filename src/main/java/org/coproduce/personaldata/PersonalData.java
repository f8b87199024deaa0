package org.coproduce.personaldata;

import java.util.List;

/**
 * What one part of Coproduce holds about a person, for their copy of "everything we hold about you". Each module that
 * keeps anything about people declares a bean of this type; the copy is made of all of them, so a new module is
 * included by declaring its own.
 */
public interface PersonalData {

    /** Empty parts are left out of the copy. */
    Part about(long organisationId, long personId);

    /**
     * @param title       a heading, such as "Your payments"
     * @param explanation one or two sentences on what this is and why we keep it
     */
    record Part(String title, String explanation, List<Table> tables, List<Attachment> files) {

        public Part {
            tables = tables.stream().filter(table -> !table.rows().isEmpty()).toList();
            files = List.copyOf(files);
        }

        public static Part of(String title, String explanation, Table... tables) {
            return new Part(title, explanation, List.of(tables), List.of());
        }

        public boolean empty() {
            return tables.isEmpty() && files.isEmpty();
        }
    }

    /** Rows of words, each as long as the columns. */
    record Table(String title, List<String> columns, List<List<String>> rows) {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
        }

        /** A table of two columns: what, and what we hold. */
        public static Table facts(String title, java.util.Map<String, String> facts) {
            return new Table(title, List.of("What", "What we hold"), facts.entrySet().stream()
                    .filter(fact -> fact.getValue() != null && !fact.getValue().isBlank())
                    .map(fact -> List.of(fact.getKey(), fact.getValue())).toList());
        }
    }

    /** A file the person gave us or that was made of them, such as a recording of their story or a receipt. */
    record Attachment(String name, String contentType, byte[] content) {
    }
}
