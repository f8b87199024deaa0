package org.coproduce.people;

import java.util.List;

/**
 * A section of a profile: a heading and rows of label and value, each row optionally a link.
 *
 * @param empty what to say when there are no rows
 */
public record ProfileSectionView(String heading, List<Row> rows, String empty) {

    public record Row(String label, String value, String href) {
    }
}
