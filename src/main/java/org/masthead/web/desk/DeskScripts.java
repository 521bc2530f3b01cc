package org.masthead.web.desk;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mvnpm.importmap.Aggregator;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The import map that lets the desk's module scripts load the ES modules served from mvnpm jars
 * under /_static ({@code {inject:deskScripts.importMap.raw}}). Built once from the jars' own
 * META-INF/importmap.json files, so a version bump in pom.xml needs no change here.
 */
@Named("deskScripts")
@ApplicationScoped
public class DeskScripts {

    /** ProseMirror entry points TipTap imports as "@tiptap/pm/state" etc. */
    private static final List<String> PM_ENTRIES = List.of("state", "model", "view", "transform", "commands", "keymap",
            "history", "schema-list", "dropcursor", "gapcursor", "tables", "inputrules");

    private final String importMap;

    DeskScripts(ObjectMapper json) {
        Map<String, String> imports = new TreeMap<>(new Aggregator().aggregate().getImports());
        // The jars map package folders; subpaths that package.json "exports" points elsewhere are added here.
        String pm = imports.get("@tiptap/pm/");
        if (pm != null) {
            PM_ENTRIES.forEach(entry -> imports.put("@tiptap/pm/" + entry, pm + "dist/" + entry + "/index.js"));
        }
        String core = imports.get("@tiptap/core/");
        if (core != null) {
            imports.put("@tiptap/core/jsx-runtime", core + "jsx-runtime/jsx-runtime.js");
        } else {
            // The body then stays a plain textarea, which still works; say why.
            Log.warn("No import map entry for @tiptap/core on the class path; the desk's rich-text editor is off");
        }
        try {
            this.importMap = json.writeValueAsString(Map.of("imports", imports));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON for {@code <script type="importmap">}; only paths, so it cannot close the script element. */
    public String getImportMap() {
        return importMap;
    }
}
