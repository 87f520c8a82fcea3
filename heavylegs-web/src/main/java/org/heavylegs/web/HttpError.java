package org.heavylegs.web;

/** A request that cannot be answered as asked: its status and a message for the user (never a stack trace). */
public final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static HttpError notFound(String what) {
        return new HttpError(404, what);
    }

    public static HttpError badRequest(String why) {
        return new HttpError(400, why);
    }
}
