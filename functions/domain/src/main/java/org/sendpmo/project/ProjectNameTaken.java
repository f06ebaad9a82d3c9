package org.sendpmo.project;

/**
 * Thrown by {@link ProjectDirectory#save} when another project already has the name, ignoring case and spacing: the
 * storage's own unique key caught two saves at once that the registry's check, run by each before the other was
 * stored, could not. An {@link IllegalArgumentException} so that an import reading it inside an upload is refused
 * like any other file that cannot be recorded.
 */
public class ProjectNameTaken extends IllegalArgumentException {

    private final String name;

    public ProjectNameTaken(String name) {
        super("Another project was saved with the name '" + name + "' (ignoring case and spacing) at the same time:"
                + " choose another name");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
