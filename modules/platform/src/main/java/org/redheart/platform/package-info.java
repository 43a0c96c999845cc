/**
 * Platform: the services every other module stands on.
 *
 * <p>Today: user accounts and roles ({@link org.redheart.platform.api.Users}), personal API tokens
 * ({@link org.redheart.platform.api.ApiTokens}), secrets generated on first start and shared through
 * the database ({@link org.redheart.platform.api.Secrets}), the first-admin set-up token, the
 * work list over the process engine ({@link org.redheart.platform.api.WorkList}), signed links
 * ({@link org.redheart.platform.api.Links}), one-time form tokens for public pages ({@link
 * org.redheart.platform.api.FormTokens}), database-backed rate limits ({@link
 * org.redheart.platform.api.RateLimits}) and password reset by e-mailed link ({@link
 * org.redheart.platform.api.PasswordResets}). Later: mail outbox, audit log, persisted events,
 * background jobs, files, documents, erasure.
 *
 * <p>Public pages: issuing a one-time form token when a public form is rendered writes a row
 * ({@code plt_form_token}); that is bookkeeping, not business state, so "a GET changes nothing"
 * still holds. Expired tokens and old rate-limit hits are purged every 10 minutes by {@code
 * PublicFormHousekeeping} on a managed scheduled executor (idempotent on every instance).
 * The password reset sends its mail through {@code Outbox}; while no Outbox bean is deployed, it
 * writes the mail to the log instead.
 *
 * <p>Published API: {@code org.redheart.platform.api} only. Tables: prefix {@code plt_} ({@code
 * plt_form_token} and {@code plt_rate_hit} from V3), migrations in {@code db/platform}, history table {@code plt_flyway_history}. Persistence unit {@code platform}.
 * Camunda is used only in {@code org.redheart.platform.process}.
 */
package org.redheart.platform;
