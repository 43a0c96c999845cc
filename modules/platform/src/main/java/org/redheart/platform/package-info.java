/**
 * Platform: the services every other module stands on.
 *
 * <p>Today: user accounts and roles ({@link org.redheart.platform.api.Users}), personal API tokens
 * ({@link org.redheart.platform.api.ApiTokens}), secrets generated on first start and shared through
 * the database ({@link org.redheart.platform.api.Secrets}), the first-admin set-up token, and the
 * work list over the process engine ({@link org.redheart.platform.api.WorkList}), persisted events
 * ({@link org.redheart.platform.api.Events}, delivered to {@link org.redheart.platform.api.EventHandler}
 * beans of any module after commit, with retries), the audit log ({@link
 * org.redheart.platform.api.Audit}) and background jobs ({@link org.redheart.platform.api.Jobs}, run
 * by {@link org.redheart.platform.api.JobHandler} beans). Later: mail outbox, signed links, files,
 * documents, erasure.
 *
 * <p>Background work runs on the container's managed executors and never relies on one instance's
 * memory: event deliveries and jobs are rows claimed with a lease ({@code lease_owner}, {@code
 * lease_until}; candidates read {@code FOR UPDATE SKIP LOCKED} on PostgreSQL), so several instances
 * can share one database and a crashed instance's work is taken over when its lease runs out. Config
 * keys: {@code redheart.events.*}, {@code redheart.jobs.*}. Tables: {@code plt_event}, {@code
 * plt_event_delivery}, {@code plt_audit}, {@code plt_job} (V4, V5).
 *
 * <p>Published API: {@code org.redheart.platform.api} only. Tables: prefix {@code plt_}, migrations
 * in {@code db/platform}, history table {@code plt_flyway_history}. Persistence unit {@code platform}.
 * Camunda is used only in {@code org.redheart.platform.process}.
 */
package org.redheart.platform;
