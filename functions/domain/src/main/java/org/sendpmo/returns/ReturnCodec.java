package org.sendpmo.returns;

/** Port: the canonical bytes of a return (stable field order, so equal content gives equal bytes). */
public interface ReturnCodec {

    byte[] encode(ProjectReturn ret);

    /** @throws IllegalArgumentException with a readable message when the bytes are not a return */
    ProjectReturn decode(byte[] bytes);
}
