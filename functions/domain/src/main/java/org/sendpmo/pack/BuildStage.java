package org.sendpmo.pack;

/** Where a running build has got to, recorded as it moves on so the programme office can see progress. */
public enum BuildStage {
    /** Reading the cycle, projects, returns, register and KPIs. */
    READING,
    /** Scoring, ranking and the stability analysis. */
    SCORING,
    /** Rendering the pages and the PDF board pack. */
    RENDERING,
    /** Checking every internal link. */
    CHECKING,
    /** Writing the build to the site and moving the cycle's pointer. */
    PUBLISHING
}
