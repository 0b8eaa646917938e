/**
 * The HTTP layer of {@code caravan serve}: Javalin on Jetty 12. {@link org.caravan.explore.http.ExploreServer}
 * assembles the routes, static files and security headers; {@link org.caravan.explore.http.Api} holds the thin
 * handlers (parse, call a view, render); {@link org.caravan.explore.http.HttpErrors} maps every error to its JSON
 * answer and status, the one place where this happens.
 */
package org.caravan.explore.http;
