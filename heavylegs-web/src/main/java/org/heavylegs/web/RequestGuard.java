package org.heavylegs.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every request before it is handled:
 * <ul>
 * <li>the Host header must name this machine by address or "localhost" (a web page that rebinds its
 * own domain name to 127.0.0.1 would otherwise read the health data: DNS rebinding);</li>
 * <li>a request that changes something (POST) must come from the dashboard's own pages: a browser's
 * Origin header, when sent, must be this server's origin, and Sec-Fetch-Site, when sent, must be
 * same-origin or none (a direct request). Another site's page cannot post forms or uploads here
 * (cross-site request forgery). Clients that send neither (curl, scripts) carry no browser
 * credentials to abuse and are let through.</li>
 * </ul>
 */
final class RequestGuard {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.%]+]");

    private final String bindHost;
    private final boolean anyAddress;

    RequestGuard(String bind) {
        String b = bind.toLowerCase(Locale.ROOT);
        this.bindHost = b.contains(":") && !b.startsWith("[") ? "[" + b + "]" : b;
        this.anyAddress = b.equals("0.0.0.0") || b.equals("::") || b.equals("[::]");
    }

    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !hostAllowed(hostName(host))) {
            throw new HttpError(403, "this dashboard answers only to its address (e.g. http://127.0.0.1:PORT/), "
                    + "not to the host name '" + (host == null ? "" : host) + "'");
        }
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD || ctx.method() == HandlerType.OPTIONS) {
            return;
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new HttpError(403, "refused: this request came from another site (" + site + ")");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
            throw new HttpError(403, "refused: this request came from another origin (" + origin + ")");
        }
    }

    /** The host of a Host header without its port, lower case; "[::1]" keeps its brackets. */
    static String hostName(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    boolean hostAllowed(String name) {
        if (LOOPBACK_NAMES.contains(name) || name.equals(bindHost)) {
            return true;
        }
        return anyAddress && (IPV4.matcher(name).matches() || IPV6.matcher(name).matches());
    }
}
