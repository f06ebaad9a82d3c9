package org.sendpmo.chase;

import java.util.List;

/** Port: who leads a project, and how to reach them. */
public interface ProjectLeads {

    /** The project's leads, in a stable order; empty when nobody is on record as leading it. */
    List<LeadContact> forProject(String projectId);
}
