package org.caravan.explore.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.caravan.explore.BadParameter;
import org.caravan.explore.StoreUnavailable;

/**
 * Every error the server answers, mapped to its status and a JSON body {@code {"status", "error", "parameter"?}}:
 * the one place where this happens. 400 bad parameter (named), 404 unknown route or item, 413 request too large,
 * 503 database unavailable, 500 anything else, never with a stack trace (the cause goes to the server's log).
 */
final class HttpErrors {

    private static final String ANSWERED = "caravan.error";

    private HttpErrors() {
    }

    static void register(RoutesConfig routes, Consumer<String> log) {
        routes.exception(BadParameter.class, (e, ctx) -> answer(ctx, 400, e.getMessage(), e.parameter()));
        routes.exception(NotFound.class, (e, ctx) -> answer(ctx, 404, e.getMessage(), null));
        routes.exception(StoreUnavailable.class, (e, ctx) -> {
            log.accept(e.getMessage());
            answer(ctx, 503, "the database cannot be read now", null);
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(),
                e.getStatus() == 413 ? "request too large" : e.getMessage(), null));
        routes.exception(Exception.class, (e, ctx) -> {
            log.accept("internal error on " + ctx.path() + ": " + e);
            answer(ctx, 500, "internal error", null);
        });
        routes.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                answer(ctx, 404, "not found: " + ctx.path(), null);
            }
        });
        routes.error(413, ctx -> answer(ctx, 413, "request too large", null));
        routes.error(405, ctx -> answer(ctx, 405, "method not allowed", null));
    }

    static void answer(Context ctx, int status, String message, String parameter) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }
}
