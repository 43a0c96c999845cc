/**
 * The contacts module's implementations of its API and its transaction boundary: {@code
 * DefaultContacts} (the directory; every public method one transaction), {@code
 * DefaultStakeholderCategories}, {@code ContactSearch} (native, portable SQL for lists),
 * {@code ContactViews} (records from entities, a bounded number of queries per page), {@code
 * PersonalDataJson} (the GDPR export document) and {@code ContactsErasure} (the erasure participant).
 */
package org.redheart.contacts.application;
