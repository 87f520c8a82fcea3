package org.heavylegs.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Errors of the API as JSON: {"status": 400, "error": "Bad Request", "message": "..."} (docs/api.md). */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static void send(Context ctx, int status, String message) {
        ReadApi.send(ctx, status, body(status, message));
    }

    public static void invalid(Context ctx, WriteApi.Invalid e) {
        ObjectNode o = body(400, "invalid: " + e.getMessage());
        o.set("fields", RecordJson.map(e.checked().fieldErrors()));
        o.set("errors", Json.strings(e.checked().errors()));
        ReadApi.send(ctx, 400, o);
    }

    private static ObjectNode body(int status, String message) {
        ObjectNode o = Json.object();
        o.put("status", status);
        o.put("error", HttpStatus.forStatus(status).getMessage());
        o.put("message", message);
        return o;
    }
}
