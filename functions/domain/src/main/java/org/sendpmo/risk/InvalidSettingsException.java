package org.sendpmo.risk;

import java.util.List;
import java.util.stream.Collectors;
import org.sendpmo.returns.Problem;

/**
 * Settings that cannot be used. Each problem names the setting in its {@code field} (for example
 * {@code risk.bands}), gives the value as configured and says how to put it right, so that whoever wires
 * configuration can report every problem at once rather than the first.
 */
public final class InvalidSettingsException extends IllegalArgumentException {

    private final transient List<Problem> problems;

    public InvalidSettingsException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + " = " + p.value() + ": " + p.message())
                .collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidSettingsException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
