package org.sendpmo.returns;

/** Overall red, amber or green status a project lead reports. */
public enum Rag {
    RED("Red"),
    AMBER("Amber"),
    GREEN("Green");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
