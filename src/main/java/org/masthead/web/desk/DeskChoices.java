package org.masthead.web.desk;

import java.util.List;

import io.quarkus.qute.TemplateGlobal;

/** Fixed choices the desk's forms offer, available to every template. */
@TemplateGlobal
public class DeskChoices {

    /** The editions, in menu order. */
    static final List<String> editions = org.masthead.shared.Editions.LANGUAGES;

    /** Workflow states, for filters. */
    static final List<String> statuses = java.util.Arrays.stream(org.masthead.workflow.WorkflowStatus.values())
            .map(Enum::name).toList();
}
