package org.masthead.web.desk.item;

import java.util.List;

import io.quarkus.qute.TemplateGlobal;
import java.util.Arrays;
import org.masthead.shared.Edition;
import org.masthead.shared.WorkflowStatus;

/** Fixed choices the desk's forms offer, available to every template. */
@TemplateGlobal
public class DeskChoices {

    /** The editions, in menu order. */
    static final List<String> editions = Edition.LANGUAGES;

    /** Workflow states, for filters. */
    static final List<String> statuses = Arrays.stream(WorkflowStatus.values())
            .map(Enum::name).toList();
}
