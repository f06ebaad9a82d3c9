package org.sendpmo.returns;

/**
 * Something wrong with an input that a person can fix.
 *
 * @param field   the field's id in the form and JSON (for example {@code scores.c01}), used to link to it
 * @param value   the value given, as given ("" when empty)
 * @param message what is wrong and how to put it right, in plain English
 */
public record Problem(String field, String value, String message) {
}
