package org.masthead.web.site;

import java.util.List;
import java.util.Map;

import org.masthead.web.site.read.SitemapEntry;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** sitemap.xml: every live item, with its translations as hreflang alternates. */
@CheckedTemplate(basePath = "site")
public class SitemapTemplates {

    public static native TemplateInstance sitemap(SiteFrame frame, List<SitemapEntry> entries, Map<Long, List<SitemapEntry>> groups);
}
