package org.coproduce.assessment;

import org.coproduce.web.FileKind;

/** A file given as evidence with a rating: a PDF, a Word document or a photo, no bigger than {@link #MOST_BYTES}. */
record EvidenceFile(String fileName, String contentType, byte[] content) {

    static final int MOST_BYTES = 10 * 1024 * 1024;

    /** The file, or null with the reason added to problems. */
    static EvidenceFile check(String code, String fileName, byte[] content, java.util.List<org.coproduce.web.FormErrors.Error> problems) {
        String field = "evidenceFile-" + code;
        if (content.length == 0) {
            problems.add(new org.coproduce.web.FormErrors.Error(field, "The evidence file for " + code + " is empty. Choose it again"));
            return null;
        }
        if (content.length > MOST_BYTES) {
            problems.add(new org.coproduce.web.FormErrors.Error(field, "The evidence file for " + code + " must be smaller than 10 MB"));
            return null;
        }
        FileKind kind = FileKind.of(fileName, content).orElse(null);
        if (kind == null) {
            problems.add(new org.coproduce.web.FormErrors.Error(field, "The evidence file for " + code + " must be a PDF, a Word document (.docx) or a photo (JPG or PNG)"));
            return null;
        }
        return new EvidenceFile(FileKind.safeName(fileName, kind, "evidence"), kind.contentType(), content);
    }
}
