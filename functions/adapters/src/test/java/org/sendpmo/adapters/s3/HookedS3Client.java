package org.sendpmo.adapters.s3;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The real client with a hook around each call, to observe a call or, for a failure test, to refuse one. Not a
 * mock: every call the hook passes on reaches the real server.
 */
final class HookedS3Client {

    /** Runs around one call of the client; {@code call.proceed()} passes it on to the real client. */
    interface Hook {
        Object around(String method, Object[] args, Call call) throws Throwable;
    }

    interface Call {
        Object proceed() throws Throwable;
    }

    private HookedS3Client() {
    }

    static S3Client around(S3Client delegate, Hook hook) {
        return (S3Client) Proxy.newProxyInstance(S3Client.class.getClassLoader(), new Class<?>[] {S3Client.class},
                (proxy, method, args) -> hook.around(method.getName(), args, () -> {
                    try {
                        return method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
