package org.masthead.menu;

/** What a menu entry points at. */
public enum MenuTarget {
    CATEGORY("Category"),
    PAGE("Page"),
    ITEM("Content item"),
    URL("Address (URL)"),
    NONE("Heading only (no link)");

    private final String label;

    MenuTarget(String label) {
        this.label = label;
    }

    /** How the desk's forms name the choice. */
    public String label() {
        return label;
    }
}
