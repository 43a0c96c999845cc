/**
 * Platform: the services every other module stands on.
 *
 * <p>Today: user accounts and roles ({@link org.redheart.platform.api.Users}), personal API tokens
 * ({@link org.redheart.platform.api.ApiTokens}), secrets generated on first start and shared through
 * the database ({@link org.redheart.platform.api.Secrets}), the first-admin set-up token, and the
 * work list over the process engine ({@link org.redheart.platform.api.WorkList}), persisted events
 * ({@link org.redheart.platform.api.Events}, delivered to {@link org.redheart.platform.api.EventHandler}
 * beans of any module after commit, with retries), the audit log ({@link
 * org.redheart.platform.api.Audit}), background jobs ({@link org.redheart.platform.api.Jobs}, run
 * by {@link org.redheart.platform.api.JobHandler} beans), signed links ({@link
 * org.redheart.platform.api.Links}), one-time form tokens for public pages ({@link
 * org.redheart.platform.api.FormTokens}), database-backed rate limits ({@link
 * org.redheart.platform.api.RateLimits}), password reset by e-mailed link ({@link
 * org.redheart.platform.api.PasswordResets}), the file store
 * ({@link org.redheart.platform.api.FileStore}: type by content with Apache Tika, size limit while
 * streaming, image metadata stripped, content under {@code redheart.data.dir/files}, metadata in
 * {@code plt_file}; config {@code redheart.files.max-bytes}) and documents and charts ({@link
 * org.redheart.platform.api.Documents}: DOCX with Apache POI, PNG/SVG bar charts with JFreeChart and
 * JFreeSVG, all in the bundled Noto Sans Bengali under {@code fonts/}, OFL). The mail outbox
 * ({@link org.redheart.platform.api.Outbox}, {@link org.redheart.platform.api.OutboxAdmin}, {@link
 * org.redheart.platform.api.Suppressions}) and erasure ({@link org.redheart.platform.api.Erasure}).
 *
 * <p>Mail: {@code Outbox.enqueue} renders a Pebble template ({@code mail/<template>/<lang>.*.peb},
 * en and bn; {@code password-reset}: displayName, link, validMinutes; {@code test-mail}) and writes
 * it with JPA in the caller's transaction. The dispatcher ({@code application.OutboxDispatcher}) is
 * plain JDBC and Jakarta Mail on the container's managed scheduled executor, outside JTA: it
 * leases rows ({@code FOR UPDATE SKIP LOCKED}) and commits each outcome on its own, which JPA in
 * one JTA transaction per batch could not do cheaply; the same class runs in the benchmark. Caps,
 * the queue's pause ({@code plt_mail_control}) and the suppression list live in the database so
 * that every instance obeys them. Config: {@code redheart.smtp.*}, {@code redheart.mail.*}.
 * Tables: {@code plt_outbox}, {@code plt_outbox_attachment}, {@code plt_suppression},
 * {@code plt_mail_control}.
 *
 * <p>Background work runs on the container's managed executors and never relies on one instance's
 * memory: event deliveries and jobs are rows claimed with a lease ({@code lease_owner}, {@code
 * lease_until}; candidates read {@code FOR UPDATE SKIP LOCKED} on PostgreSQL), so several instances
 * can share one database and a crashed instance's work is taken over when its lease runs out. Config
 * keys: {@code redheart.events.*}, {@code redheart.jobs.*}. Tables: {@code plt_event}, {@code
 * plt_event_delivery}, {@code plt_audit}, {@code plt_job} (V4, V5).
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
