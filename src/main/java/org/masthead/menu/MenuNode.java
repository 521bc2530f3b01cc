package org.masthead.menu;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of the menu readers see: its label, the reader address it leads to (none for a heading)
 * and its sub-entries. Only entries whose target readers can open are in the tree.
 *
 * @param external whether {@code href} leaves the site (an absolute http(s) address)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MenuNode(String label, String href, boolean external, List<MenuNode> children) {
}
