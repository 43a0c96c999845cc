/**
 * The contacts module's implementations of its API and its transaction boundary: {@code
 * DefaultContacts} (the directory; every public method one transaction), {@code
 * DefaultStakeholderCategories}, {@code ContactSearch} (native, portable SQL for lists),
 * {@code ContactViews} (records from entities, a bounded number of queries per page), {@code
 * PersonalDataJson} (the GDPR export document) and {@code ContactsErasure} (the erasure participant).
 *
 * <p>Imports: {@code DefaultContactImports} (the API; who sees what), {@code ImportParseJob} and
 * {@code ImportCommitJob} (the two background jobs) and {@code ImportStore}, which reaches the
 * import tables through plain JDBC on the application's datasource: staging rows in batches and the
 * commit as set-based SQL, never 100,000 entities in a persistence context.
 */
package org.redheart.contacts.application;
