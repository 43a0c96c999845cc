package org.redheart.app.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.ConfigProvider;
import org.redheart.platform.api.RateLimits;

/**
 * The public pages under {@code /public/}: no referrer leaves them (their addresses hold link
 * tokens), and POSTs are rate-limited per client address and link ({@code
 * redheart.public.post-limit-per-minute}, default 10), counted in the database so that the limit
 * holds across instances; beyond it, 429 with {@code Retry-After}. The link is the request's
 * {@code t} parameter (query or form field); pages without one share a bucket per address.
 */
@WebFilter(filterName = "publicPages", urlPatterns = "/public/*")
public class PublicPagesFilter extends HttpFilter {
  static final String LIMIT_KEY = "redheart.public.post-limit-per-minute";
  private static final Duration WINDOW = Duration.ofMinutes(1);

  @Inject RateLimits rateLimits;

  private int limit;

  @Override
  public void init() {
    limit = ConfigProvider.getConfig().getOptionalValue(LIMIT_KEY, Integer.class).orElse(10);
    if (limit < 1) {
      throw new IllegalStateException(LIMIT_KEY + " must be at least 1");
    }
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getCharacterEncoding() == null) {
      req.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    res.setHeader("Referrer-Policy", "no-referrer");
    if ("POST".equals(req.getMethod())) {
      String path = req.getRequestURI().substring(req.getContextPath().length());
      String link = req.getParameter("t");
      String bucket = "public-post\n" + req.getRemoteAddr() + "\n" + path + "\n" + (link == null ? "" : link);
      RateLimits.Decision decision = rateLimits.attempt(bucket, limit, WINDOW);
      if (!decision.allowed()) {
        tooMany(req, res, decision.retryAfterSeconds());
        return;
      }
    }
    chain.doFilter(req, res);
  }

  private static void tooMany(HttpServletRequest req, HttpServletResponse res, long retryAfter) throws IOException {
    Locale locale = Language.resolve(req);
    ResourceBundle bundle = ResourceBundle.getBundle("org.redheart.app.web.messages", locale);
    String title = bundle.getString("pub.tooMany.title");
    String text = new MessageFormat(bundle.getString("pub.tooMany.text"), locale).format(new Object[] {retryAfter});
    res.setStatus(429);
    res.setHeader("Retry-After", Long.toString(retryAfter));
    res.setContentType("text/html;charset=UTF-8");
    res.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title>"
        + "<link rel=\"stylesheet\" href=\"" + req.getContextPath() + "/resources/css/app.css\"></head><body>"
        + "<main class=\"content\"><div class=\"card narrow\"><h1 class=\"page-title\">" + title + "</h1><p>" + text
        + "</p></div></main></body></html>");
  }
}
