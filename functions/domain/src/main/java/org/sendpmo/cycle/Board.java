package org.sendpmo.cycle;

import java.util.Locale;
import java.util.Optional;

/**
 * The programme's governance bodies that a board cycle can serve (domain facts §4.1 and §10.5): the one
 * list the cycle form offers and the cycle service accepts. A cycle stores the constant's name, its code, which
 * never changes: the {@link #idPrefix()} starts its generated id ({@code stsb-2026-12}). The {@link #title()} is the
 * default display name; the programme office may rename a board (the reference list {@code boards}, see
 * {@link BoardNames}).
 */
public enum Board {
    STSB("SEND Transformation Strategic Board", "stsb"),
    SRP_PROGRAMME_BOARD("Strategic Reset Programme Board", "srp"),
    SIAB("Kent SEND Strategic Improvement and Assurance Board", "siab"),
    PDG("Kent SEND Partnership Delivery Group", "pdg"),
    OG1("SEND Transformation Operational Group 1", "og1"),
    OG2("SEND Transformation Operational Group 2", "og2"),
    OG3("SEND Transformation Operational Group 3", "og3"),
    SEND_SCRUTINY_SUB_COMMITTEE("SEND Scrutiny Sub-Committee", "scrutiny"),
    CYPE_CABINET_COMMITTEE("CYPE Cabinet Committee", "cype"),
    /** Replacing the SIAB from 2025 (domain facts §4.1, later state). */
    SEND_PARTNERSHIP_BOARD("SEND Partnership Board", "sendpb");

    private final String title;
    private final String idPrefix;

    Board(String title, String idPrefix) {
        this.title = title;
        this.idPrefix = idPrefix;
    }

    public String title() {
        return title;
    }

    public String idPrefix() {
        return idPrefix;
    }

    /** The code a form or JSON sends: the constant's name ({@code STSB}), any case. */
    public static Optional<Board> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
