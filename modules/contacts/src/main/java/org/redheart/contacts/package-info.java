/**
 * Contacts: people, organisations, stakeholder categories, consent per purpose, import and export.
 *
 * <p>Today: the stakeholder categories ({@link org.redheart.contacts.api.StakeholderCategories}),
 * seeded at first start with the ten categories the campaign works with. The directory itself,
 * consent, import and export arrive with the contacts-and-network issue.
 *
 * <p>Published API: {@code org.redheart.contacts.api}. Tables: prefix {@code cnt_}, migrations in
 * {@code db/contacts}, history table {@code cnt_flyway_history}. Persistence unit {@code contacts}.
 * May use: platform.
 */
package org.redheart.contacts;
