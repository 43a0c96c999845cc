/**
 * Platform: the services every other module stands on.
 *
 * <p>Today: user accounts and roles ({@link org.redheart.platform.api.Users}), personal API tokens
 * ({@link org.redheart.platform.api.ApiTokens}), secrets generated on first start and shared through
 * the database ({@link org.redheart.platform.api.Secrets}), the first-admin set-up token, and the
 * work list over the process engine ({@link org.redheart.platform.api.WorkList}). Later: mail outbox,
 * signed links, audit log, persisted events, background jobs, files, documents, erasure.
 *
 * <p>Published API: {@code org.redheart.platform.api} only. Tables: prefix {@code plt_}, migrations
 * in {@code db/platform}, history table {@code plt_flyway_history}. Persistence unit {@code platform}.
 * Camunda is used only in {@code org.redheart.platform.process}.
 */
package org.redheart.platform;
