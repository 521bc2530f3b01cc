package org.masthead.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.masthead.wordpress.Wxr.Author;
import org.masthead.wordpress.Wxr.Comment;
import org.masthead.wordpress.Wxr.Item;
import org.masthead.wordpress.Wxr.Term;

/**
 * Reads a WordPress export (WXR 1.0–1.2) as a stream with StAX, handing each author, term and item to a
 * {@link Wxr.Visitor} as soon as it is complete: memory holds one item at a time, whatever the file's size. External
 * entities and DTDs are refused.
 */
public final class WxrReader {

    static final String WP = "http://wordpress.org/export/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";

    private WxrReader() {
    }

    /** Reads {@code file} through, or fails with a {@link WxrException} naming what is wrong and where. */
    public static void read(Path file, Wxr.Visitor visitor) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                new WxrReader.Parse(xml, visitor).run();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
            throw new WxrException("The file is not well-formed XML" + where + " (it may be cut short): " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new WxrException("The file could not be read: " + e.getMessage());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String text = message.replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }

    private static final class Parse {

        private final XMLStreamReader xml;
        private final Wxr.Visitor visitor;
        private boolean sawRss;
        private boolean sawWxrVersion;

        Parse(XMLStreamReader xml, Wxr.Visitor visitor) {
            this.xml = xml;
            this.visitor = visitor;
        }

        void run() throws XMLStreamException {
            String siteUrl = null;
            String siteTitle = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
                if (name.equals("rss")) {
                    sawRss = true;
                } else if (!sawRss) {
                    throw new WxrException("This is not a WordPress export: its root element is <" + name + ">, not <rss>");
                } else if (ns.startsWith(WP) && name.equals("wxr_version")) {
                    sawWxrVersion = true;
                    xml.getElementText();
                } else if (ns.startsWith(WP) && (name.equals("base_site_url"))) {
                    siteUrl = xml.getElementText().strip();
                } else if (ns.isEmpty() && name.equals("title") && siteTitle == null) {
                    siteTitle = xml.getElementText().strip();
                } else if (ns.startsWith(WP) && name.equals("author")) {
                    requireExport();
                    visitor.site(siteUrl, siteTitle);
                    siteTitle = siteTitle == null ? "" : siteTitle;
                    visitor.author(author());
                } else if (ns.startsWith(WP) && (name.equals("category") || name.equals("tag") || name.equals("term"))) {
                    requireExport();
                    visitor.site(siteUrl, siteTitle);
                    visitor.term(term(name));
                } else if (ns.isEmpty() && name.equals("item")) {
                    requireExport();
                    visitor.site(siteUrl, siteTitle);
                    visitor.item(item());
                }
            }
            if (!sawWxrVersion) {
                throw new WxrException("This is not a WordPress export: it has no <wp:wxr_version>");
            }
            visitor.site(siteUrl, siteTitle);
            visitor.end();
        }

        private void requireExport() {
            if (!sawWxrVersion) {
                throw new WxrException("This is not a WordPress export: it has no <wp:wxr_version> before its content");
            }
        }

        private Author author() throws XMLStreamException {
            Map<String, String> fields = children("author");
            return new Author(fields.getOrDefault("author_login", ""), fields.getOrDefault("author_display_name", ""),
                    fields.getOrDefault("author_email", ""));
        }

        private Term term(String element) throws XMLStreamException {
            Map<String, String> f = children(element);
            return switch (element) {
                case "category" -> new Term("category", number(f.get("term_id")), f.getOrDefault("category_nicename", ""),
                        f.getOrDefault("cat_name", ""), f.getOrDefault("category_parent", ""));
                case "tag" -> new Term("post_tag", number(f.get("term_id")), f.getOrDefault("tag_slug", ""),
                        f.getOrDefault("tag_name", ""), "");
                default -> new Term(f.getOrDefault("term_taxonomy", ""), number(f.get("term_id")), f.getOrDefault("term_slug", ""),
                        f.getOrDefault("term_name", ""), f.getOrDefault("term_parent", ""));
            };
        }

        /** The text of each child element of the current one, by local name (the last wins). */
        private Map<String, String> children(String element) throws XMLStreamException {
            Map<String, String> fields = new LinkedHashMap<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    fields.put(xml.getLocalName(), xml.getElementText());
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(element)) {
                    return fields;
                }
            }
            throw new WxrException("The file ends inside a <" + element + "> (it is cut short)");
        }

        private Item item() throws XMLStreamException {
            Map<String, String> f = new LinkedHashMap<>();
            List<Wxr.ItemTerm> terms = new ArrayList<>();
            Map<String, String> meta = new LinkedHashMap<>();
            List<Comment> comments = new ArrayList<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("item")) {
                    return new Item(number(f.get("post_id")), f.getOrDefault("post_type", ""), f.getOrDefault("status", ""),
                            f.getOrDefault("title", ""), f.getOrDefault("link", ""), f.getOrDefault("post_name", ""),
                            f.getOrDefault("encoded", ""), f.getOrDefault("excerpt", ""), f.getOrDefault("creator", ""),
                            f.getOrDefault("post_date", ""), f.getOrDefault("post_date_gmt", ""), f.getOrDefault("post_modified_gmt", ""),
                            number(f.get("post_parent")), number(f.get("menu_order")), f.getOrDefault("post_password", ""),
                            "1".equals(f.get("is_sticky")), f.getOrDefault("attachment_url", ""), List.copyOf(terms), Map.copyOf(meta),
                            List.copyOf(comments));
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
                if (name.equals("category") && ns.isEmpty()) {
                    terms.add(new Wxr.ItemTerm(xml.getAttributeValue(null, "domain"), xml.getAttributeValue(null, "nicename"),
                            xml.getElementText()));
                } else if (name.equals("postmeta")) {
                    Map<String, String> pair = children("postmeta");
                    meta.put(pair.getOrDefault("meta_key", ""), pair.getOrDefault("meta_value", ""));
                } else if (name.equals("comment")) {
                    comments.add(comment(children("comment")));
                } else if (name.equals("encoded")) {
                    f.put(ns.equals(CONTENT) ? "encoded" : ns.startsWith("http://wordpress.org/export/") && ns.endsWith("excerpt/")
                            || ns.equals(EXCERPT) ? "excerpt" : name, xml.getElementText());
                } else {
                    f.put(name, xml.getElementText());
                }
            }
            throw new WxrException("The file ends inside an <item> (it is cut short)");
        }

        private static Comment comment(Map<String, String> f) {
            return new Comment(number(f.get("comment_id")), f.getOrDefault("comment_author", ""),
                    f.getOrDefault("comment_author_email", ""), f.getOrDefault("comment_date_gmt", ""),
                    f.getOrDefault("comment_content", ""), f.getOrDefault("comment_approved", ""),
                    f.getOrDefault("comment_type", ""), number(f.get("comment_parent")));
        }

        private static long number(String text) {
            try {
                return text == null || text.isBlank() ? 0 : Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
