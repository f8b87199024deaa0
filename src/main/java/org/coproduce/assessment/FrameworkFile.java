package org.coproduce.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a framework file, written in YAML or in JSON (which YAML reads too). Every mistake is reported, each with the
 * line it is on, so that a whole file can be put right in one go. The format is documented in the README.
 */
final class FrameworkFile {

    static final int MOST_BYTES = 200_000;
    static final int LONGEST_TEXT = 600;
    static final int MOST_THEMES = 20;
    static final int MOST_INDICATORS = 30;

    /** A mistake in a file, on a line (counted from 1), or on no line in particular (0). */
    record Problem(int line, String message) {

        String describe() {
            return line == 0 ? message : "Line " + line + ": " + message;
        }
    }

    /** The framework, or the problems that stop it being read. */
    record Reading(Framework framework, List<Problem> problems) {

        boolean ok() {
            return framework != null;
        }
    }

    private static final Set<String> TOP = Set.of("name", "description", "credit", "easyRead", "themes");
    private static final Set<String> EASY_READ_TOP = Set.of("name", "description");
    private static final Set<String> THEME = Set.of("title", "easyRead", "indicators");
    private static final Set<String> INDICATOR = Set.of("doingWell", "moreToDo", "evidence", "easyRead");
    private static final Set<String> EASY_READ_INDICATOR = Set.of("doingWell", "moreToDo");

    private final List<Problem> problems = new ArrayList<>();

    private FrameworkFile() {
    }

    static Reading read(String source) {
        return new FrameworkFile().parse(source);
    }

    private Reading parse(String source) {
        if (source == null || source.isBlank()) {
            return failed(new Problem(0, "The file is empty"));
        }
        if (source.length() > MOST_BYTES) {
            return failed(new Problem(0, "The file is too big: a framework file must be smaller than 200 KB"));
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new java.io.StringReader(source));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            return failed(new Problem(line, "This is not written the way a framework file must be ("
                    + (e.getProblem() == null ? "the layout is wrong" : e.getProblem()) + "). Check the indenting and the colons"));
        } catch (YAMLException e) {
            return failed(new Problem(0, "The file cannot be read as YAML or JSON: " + e.getMessage()));
        }
        if (!(root instanceof MappingNode top)) {
            return failed(new Problem(line(root), "The file must start with a name, like: name: Checking if co-production is happening"));
        }
        Map<String, Node> fields = fields(top, TOP, "at the top of the file");
        String name = text(fields, "name", top, "the framework's name", true);
        String description = text(fields, "description", top, "the description", false);
        String credit = text(fields, "credit", top, "the credit", false);
        Map<String, Node> easyRead = section(fields.get("easyRead"), EASY_READ_TOP, "in easyRead at the top");
        String easyName = easyRead == null ? null : text(easyRead, "name", fields.get("easyRead"), "the easy read name", true);
        String easyDescription = easyRead == null ? null : text(easyRead, "description", fields.get("easyRead"), "the easy read description", false);
        if (easyRead == null) {
            problems.add(new Problem(line(top), "Add an easy read wording at the top: easyRead, with a name"));
        }
        List<Framework.Theme> themes = new ArrayList<>();
        Node themesNode = fields.get("themes");
        if (themesNode == null) {
            problems.add(new Problem(line(top), "Add the themes: a framework needs at least one theme with indicators"));
        } else if (!(themesNode instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problems.add(new Problem(line(themesNode), "themes must be a list, each theme starting with \"- title:\""));
        } else {
            if (list.getValue().size() > MOST_THEMES) {
                problems.add(new Problem(line(themesNode), "A framework can have at most " + MOST_THEMES + " themes"));
            }
            int number = 1;
            for (Node item : list.getValue()) {
                themes.add(theme(item, number++));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Problem::line));
            return new Reading(null, List.copyOf(problems));
        }
        return new Reading(new Framework(name, description, credit, easyName, easyDescription, themes), List.of());
    }

    private Framework.Theme theme(Node node, int number) {
        String where = "in theme " + number;
        Map<String, Node> fields = section(node, THEME, where);
        if (fields == null) {
            problems.add(new Problem(line(node), "Theme " + number + " must have a title and indicators"));
            return new Framework.Theme(number, null, null, List.of());
        }
        String title = text(fields, "title", node, "theme " + number + "'s title", true);
        String easyTitle = text(fields, "easyRead", node, "theme " + number + "'s easy read title", true);
        List<Framework.Indicator> indicators = new ArrayList<>();
        Node list = fields.get("indicators");
        if (list == null) {
            problems.add(new Problem(line(node), "Theme " + number + " needs indicators"));
        } else if (!(list instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(new Problem(line(list), "Theme " + number + "'s indicators must be a list, each starting with \"- doingWell:\""));
        } else {
            if (sequence.getValue().size() > MOST_INDICATORS) {
                problems.add(new Problem(line(list), "A theme can have at most " + MOST_INDICATORS + " indicators"));
            }
            int at = 1;
            for (Node item : sequence.getValue()) {
                Framework.Indicator indicator = indicator(item, number + "." + at++);
                if (indicator != null) {
                    indicators.add(indicator);
                }
            }
        }
        return new Framework.Theme(number, title, easyTitle, indicators);
    }

    private Framework.Indicator indicator(Node node, String code) {
        Map<String, Node> fields = section(node, INDICATOR, "in indicator " + code);
        if (fields == null) {
            problems.add(new Problem(line(node), "Indicator " + code + " must say what doing well and more to do look like"));
            return null;
        }
        String doingWell = text(fields, "doingWell", node, "what doing well looks like for indicator " + code, true);
        String moreToDo = text(fields, "moreToDo", node, "what more to do looks like for indicator " + code, true);
        String evidence = text(fields, "evidence", node, "the evidence for indicator " + code, false);
        Node easyNode = fields.get("easyRead");
        Map<String, Node> easy = section(easyNode, EASY_READ_INDICATOR, "in indicator " + code + "'s easyRead");
        String easyWell = null;
        String easyMore = null;
        if (easy == null) {
            problems.add(new Problem(line(node), "Add an easy read wording to indicator " + code + ": easyRead, with doingWell and moreToDo"));
        } else {
            easyWell = text(easy, "doingWell", easyNode, "the easy read doing well for indicator " + code, true);
            easyMore = text(easy, "moreToDo", easyNode, "the easy read more to do for indicator " + code, true);
        }
        return new Framework.Indicator(code, doingWell, moreToDo, evidence, easyWell, easyMore);
    }

    /** The fields of a mapping, reporting any it does not know (with a suggestion when it is a near miss). */
    private Map<String, Node> fields(MappingNode mapping, Set<String> known, String where) {
        Map<String, Node> fields = new TreeMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null || !known.contains(key)) {
                String suggestion = key == null ? null : known.stream().filter(k -> k.equalsIgnoreCase(key)
                        || k.toLowerCase(Locale.UK).startsWith(key.toLowerCase(Locale.UK)) && key.length() >= 4).findFirst().orElse(null);
                problems.add(new Problem(line(tuple.getKeyNode()), "\"" + key + "\" is not something a framework file can have " + where
                        + (suggestion == null ? ". It can have: " + String.join(", ", new java.util.TreeSet<>(known)) : ". Did you mean \"" + suggestion + "\"?")));
                continue;
            }
            if (fields.put(key, tuple.getValueNode()) != null) {
                problems.add(new Problem(line(tuple.getKeyNode()), "\"" + key + "\" is given twice " + where + ". Keep one"));
            }
        }
        return fields;
    }

    private Map<String, Node> section(Node node, Set<String> known, String where) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            problems.add(new Problem(line(node), "Expected named fields " + where + ", like \"" + known.iterator().next() + ": ...\""));
            return null;
        }
        return fields(mapping, known, where);
    }

    private String text(Map<String, Node> fields, String key, Node parent, String what, boolean required) {
        Node node = fields.get(key);
        if (node == null) {
            if (required) {
                problems.add(new Problem(line(parent), "Add " + what + " (" + key + ")"));
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(new Problem(line(node), capitalised(what) + " must be text, not a list or a group of fields"));
            return null;
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            if (required) {
                problems.add(new Problem(line(node), capitalised(what) + " is empty"));
            }
            return null;
        }
        if (value.length() > LONGEST_TEXT) {
            problems.add(new Problem(line(node), capitalised(what) + " is too long: keep it to " + LONGEST_TEXT + " characters"));
        }
        return value;
    }

    private static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Reading failed(Problem problem) {
        return new Reading(null, List.of(problem));
    }
}
