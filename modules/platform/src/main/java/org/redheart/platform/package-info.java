/**
 * Platform: the services every other module stands on.
 *
 * <p>Today: user accounts and roles ({@link org.redheart.platform.api.Users}), personal API tokens
 * ({@link org.redheart.platform.api.ApiTokens}), secrets generated on first start and shared through
 * the database ({@link org.redheart.platform.api.Secrets}), the first-admin set-up token, and the
 * work list over the process engine ({@link org.redheart.platform.api.WorkList}), the file store
 * ({@link org.redheart.platform.api.FileStore}: type by content with Apache Tika, size limit while
 * streaming, image metadata stripped, content under {@code redheart.data.dir/files}, metadata in
 * {@code plt_file}; config {@code redheart.files.max-bytes}) and documents and charts ({@link
 * org.redheart.platform.api.Documents}: DOCX with Apache POI, PNG/SVG bar charts with JFreeChart and
 * JFreeSVG, all in the bundled Noto Sans Bengali under {@code fonts/}, OFL). Later: mail outbox,
 * signed links, audit log, persisted events, background jobs, erasure.
 *
 * <p>Published API: {@code org.redheart.platform.api} only. Tables: prefix {@code plt_}, migrations
 * in {@code db/platform}, history table {@code plt_flyway_history}. Persistence unit {@code platform}.
 * Camunda is used only in {@code org.redheart.platform.process}.
 */
package org.redheart.platform;
