package org.caravan.explore.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.caravan.explore.EventCatalog;
import org.caravan.explore.ReadStore;
import org.caravan.explore.search.SearchService;

/**
 * The explore server: the REST API under {@code /api}, {@code /openapi.json} and Swagger UI at {@code /api/docs},
 * the dashboard at {@code /}. Static files come from the classpath only (no path reaches the file system), every
 * answer carries a Content-Security-Policy without inline scripts. A background task refreshes the catalog and the
 * search index while {@code analyze} writes. Start once, stop once.
 */
public final class ExploreServer implements AutoCloseable {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI sets style attributes on its elements; its scripts are still files. */
    static final String SWAGGER_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private final Javalin app;
    private final EventCatalog catalog;
    private final SearchService search;
    private final ScheduledExecutorService refresher;
    private final Consumer<String> log;

    private ExploreServer(Javalin app, EventCatalog catalog, SearchService search, Consumer<String> log) {
        this.app = app;
        this.catalog = catalog;
        this.search = search;
        this.log = log;
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "caravan-refresh");
            t.setDaemon(true);
            return t;
        });
    }

    /** Builds and starts the server; the catalog is loaded before the port opens. */
    public static ExploreServer start(ServeConfig config, ReadStore store, EventCatalog catalog, SearchService search,
                                      Consumer<String> log) {
        catalog.refresh();
        Api api = new Api(catalog::snapshot, store, search);
        byte[] openapi = resource("/explore/openapi.json");
        byte[] swagger = resource("/explore/swagger.html");
        Javalin app = Javalin.create(c -> configure(c, config, api, openapi, swagger, log));
        ExploreServer server = new ExploreServer(app, catalog, search, log);
        app.start(config.bind(), config.port());
        long every = config.refresh().toMillis();
        server.refresher.scheduleWithFixedDelay(server::refresh, every, every, TimeUnit.MILLISECONDS);
        return server;
    }

    private static void configure(JavalinConfig c, ServeConfig config, Api api, byte[] openapi, byte[] swagger,
                                  Consumer<String> log) {
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.http.maxRequestSize = config.maxRequestBytes();
        c.http.generateEtags = true;
        c.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
        c.staticFiles.enableWebjars();
        c.staticFiles.add(s -> {
            s.hostedPath = "/";
            s.directory = "/explore";
            s.location = Location.CLASSPATH;
        });
        c.routes.before(ExploreServer::securityHeaders);
        c.routes.before(ctx -> refuseLarge(ctx, config.maxRequestBytes()));
        c.routes.get("/api/events", api::events);
        c.routes.get("/api/events/{id}", api::event);
        c.routes.get("/api/documents", api::documents);
        c.routes.get("/api/documents/{id}", api::document);
        c.routes.get("/api/actors", api::actors);
        c.routes.get("/api/dyad", api::dyad);
        c.routes.get("/api/network", api::network);
        c.routes.get("/api/network/edge", api::edge);
        c.routes.get("/api/places", api::places);
        c.routes.get("/api/timeline", api::timeline);
        c.routes.get("/api/stories", api::stories);
        c.routes.get("/api/stories/{id}", api::story);
        c.routes.get("/api/search", api::search);
        c.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
        c.routes.get("/api/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(swagger));
        HttpErrors.register(c.routes, log);
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", ctx.path().equals("/api/docs") ? SWAGGER_CSP : CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    /** No route reads a body; one past the limit is refused before anything reads it. */
    private static void refuseLarge(Context ctx, long max) {
        if (ctx.contentLength() > max) {
            throw new ContentTooLargeResponse();
        }
    }

    private void refresh() {
        try {
            catalog.refresh();
            search.refresh();
        } catch (RuntimeException e) {
            log.accept("refresh failed (will retry): " + e.getMessage());
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = ExploreServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        app.stop();
    }
}
