package org.caravan.explore.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before a request reaches Javalin's routes (an ambiguous or malformed URI such as
 * {@code /%2e%2e/etc/passwd}, a bad header): the same JSON body as {@link HttpErrors} and the same security headers,
 * never Jetty's HTML page nor a stack trace. Thread-safe (stateless).
 */
final class JettyErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        securityHeaders(headers);
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        securityHeaders(fields);
        return ByteBuffer.wrap(body(status));
    }

    private static void securityHeaders(HttpFields.Mutable headers) {
        headers.put(new HttpField("Content-Security-Policy", ExploreServer.CSP));
        headers.put(new HttpField("X-Content-Type-Options", "nosniff"));
        headers.put(new HttpField("Referrer-Policy", "no-referrer"));
        headers.put(new HttpField("X-Frame-Options", "DENY"));
    }

    /** Jetty's own message may quote the request; the status's reason phrase is enough. */
    private static byte[] body(int status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        String reason = HttpStatus.getMessage(status);
        body.put("error", reason == null ? "error" : reason.toLowerCase(Locale.ROOT));
        return Json.write(body).getBytes(StandardCharsets.UTF_8);
    }
}
