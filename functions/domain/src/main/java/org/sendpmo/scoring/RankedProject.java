package org.sendpmo.scoring;

/** A scored project with its standard competition rank (1, 2, 2, 4). */
public record RankedProject<T>(T subject, PriorityAssessment.Scored assessment, int rank) {
}
