package org.masthead.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import found and did, for the terminal and the desk: counts by what and how, and the items that need a
 * person's eye (skipped, not public, missing files, slug collisions, conflicts with edits made in Masthead).
 */
public final class ImportReport {

    public final boolean dryRun;
    public String site = "";
    /** "post publish en", "page draft en", "attachment", "comment approved"… as found in the export. */
    public final Map<String, Integer> found = new TreeMap<>();
    /** "created article", "updated article", "unchanged article", "created upload", "created category"… */
    public final Map<String, Integer> done = new TreeMap<>();
    public final Map<String, Integer> authors = new TreeMap<>();
    public final Map<String, String> categories = new TreeMap<>();
    /** The menus imported, each with the edition whose navigation it becomes. */
    public final Map<String, String> menus = new TreeMap<>();
    public final Map<String, Integer> unknownShortcodes = new TreeMap<>();
    public final List<String> missingFiles = new ArrayList<>();
    public final List<String> slugCollisions = new ArrayList<>();
    public final List<String> notPublic = new ArrayList<>();
    public final List<String> sticky = new ArrayList<>();
    public final List<String> skipped = new ArrayList<>();
    public final List<String> conflicts = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();

    ImportReport(boolean dryRun) {
        this.dryRun = dryRun;
    }

    void found(String what) {
        found.merge(what, 1, Integer::sum);
    }

    void done(String what) {
        done.merge(what, 1, Integer::sum);
    }

    public int done(String what, int otherwise) {
        return done.getOrDefault(what, otherwise);
    }

    /** The report as lines of text, as the command line prints it. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add((dryRun ? "Dry run of the import of " : "Import of ") + site + (dryRun ? " (nothing was written)" : ""));
        section(lines, "Found in the export", found);
        if (!dryRun) {
            section(lines, "Done", done);
        }
        section(lines, "Authors (posts)", authors);
        if (!categories.isEmpty()) {
            lines.add("Categories → edition:");
            categories.forEach((slug, edition) -> lines.add("  " + slug + " → " + edition));
        }
        if (!menus.isEmpty()) {
            lines.add("Menus → edition:");
            menus.forEach((menu, edition) -> lines.add("  " + menu + " → " + edition));
        }
        section(lines, "Shortcodes left as text", unknownShortcodes);
        list(lines, "Files missing (not in --uploads, not fetched)", missingFiles);
        list(lines, "Slugs taken, given another", slugCollisions);
        list(lines, "Not public in WordPress, imported as drafts", notPublic);
        list(lines, "Sticky in WordPress", sticky);
        list(lines, "Changed in Masthead since the last import, left alone", conflicts);
        list(lines, "Skipped", skipped);
        list(lines, "Notes", notes);
        return lines;
    }

    private static void section(List<String> lines, String title, Map<String, Integer> counts) {
        if (!counts.isEmpty()) {
            lines.add(title + ":");
            counts.forEach((what, n) -> lines.add(String.format("  %-40s %6d", what, n)));
        }
    }

    private static void list(List<String> lines, String title, List<String> entries) {
        if (!entries.isEmpty()) {
            lines.add(title + " (" + entries.size() + "):");
            entries.forEach(entry -> lines.add("  " + entry));
        }
    }
}
