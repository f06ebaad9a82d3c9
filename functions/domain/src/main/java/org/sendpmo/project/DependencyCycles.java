package org.sendpmo.project;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sendpmo.returns.Problem;

/**
 * Finds whether a project's dependencies lead back to it (P03 → P01 → P03), which would make each project wait on
 * the other for ever. A breadth-first search over the registry as it would be after the change, so the cycle named
 * is a shortest one; a registry has at most thousands of projects, too few to need anything cleverer.
 */
final class DependencyCycles {

    private DependencyCycles() {
    }

    /**
     * @param dependsOn every project's dependencies as they would be after the change, this project's included
     * @return the problem on the dependencies field naming the shortest cycle through {@code id}, if there is one
     */
    static Optional<Problem> through(String id, Map<String, Set<String>> dependsOn) {
        return shortestPathBack(id, dependsOn).map(path -> new Problem("dependencies", path.get(1),
                describe(path) + ": a project cannot depend, directly or through others, on itself."
                        + " Remove one of these dependencies"));
    }

    /** The ids from {@code id} through its dependencies back to {@code id}, both ends included; empty when none. */
    private static Optional<List<String>> shortestPathBack(String id, Map<String, Set<String>> dependsOn) {
        Map<String, String> reachedFrom = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(id);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            // sorted, so the cycle named does not depend on a set's iteration order
            for (String next : new TreeSet<>(dependsOn.getOrDefault(current, Set.of()))) {
                if (next.equals(id)) {
                    return Optional.of(path(id, current, reachedFrom));
                }
                if (seen.add(next)) {
                    reachedFrom.put(next, current);
                    queue.add(next);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> path(String id, String last, Map<String, String> reachedFrom) {
        List<String> backwards = new ArrayList<>(List.of(id));
        for (String at = last; !at.equals(id); at = reachedFrom.get(at)) {
            backwards.add(at);
        }
        backwards.add(id);
        Collections.reverse(backwards);
        return backwards;
    }

    /** "P03 depends on P01, which depends on P02, which depends on P03". */
    static String describe(List<String> path) {
        StringBuilder text = new StringBuilder(path.get(0)).append(" depends on ").append(path.get(1));
        for (String next : path.subList(2, path.size())) {
            text.append(", which depends on ").append(next);
        }
        return text.toString();
    }
}
