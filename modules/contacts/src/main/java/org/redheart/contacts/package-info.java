/**
 * Contacts: the stakeholder directory — people and organisations, stakeholder categories, consent
 * per purpose, duplicates and merges, a person's data for export and erasure.
 *
 * <p><b>Published API</b> ({@code org.redheart.contacts.api}): {@link org.redheart.contacts.api.Contacts}
 * (create, update with a version, get — a merged id leads to its survivor —, search with filters and
 * a total, streamed export, summaries for other modules, find by e-mail, similar names, merge,
 * consent, mayContact, history, personal-data JSON, erasure, unsubscribe links) and {@link
 * org.redheart.contacts.api.StakeholderCategories} (list; create, rename, reorder for admins and
 * supervisors). Roles: every role reads and edits contacts; merge and personal-data export need
 * ADMIN or SUPERVISOR; erasure needs ADMIN.
 *
 * <p><b>Rules on entry</b> ({@code domain}): names cleaned for display, folded for search
 * ({@code Names.fold}: Latin accents and case folded, Bangla intact, khanda-ta unified, zero-width
 * joiners dropped) and reduced to a blocking key that similar spellings share ({@code
 * Names.blockingKey}); e-mail addresses, phones (Bengali digits; BD national numbers made +880),
 * countries (English or Bangla names, codes, aliases; time zone defaulted from tzdata's zone.tab)
 * and the 64 districts of Bangladesh normalised; one normalised e-mail address per directory; a
 * minor holds no name or contact details without a guardian's consent date ({@code ContactForm}).
 * On a merge each purpose keeps the newer consent decision ({@code ConsentRules}).
 *
 * <p><b>Events out</b>: {@link org.redheart.contacts.api.ContactsMerged} (persisted platform event,
 * in the merge's transaction): modules holding contact ids replace the merged id. <b>Events in</b>:
 * none. <b>Erasure</b>: participant {@code contacts.contacts} (anonymous row kept; addresses, phones,
 * affiliations, tags and history details removed; addresses suppressed with reason ERASED).
 *
 * <p><b>Public page</b> (in app): {@code /public/unsubscribe.xhtml?t=…}; the link is a never-expiring
 * {@code Links} token (purpose {@code unsubscribe}, subject {@code <contactId>:<PURPOSE>}); only the
 * page's POST, with a one-time {@code FormTokens} token, withdraws that purpose's consent.
 *
 * <p><b>Tables</b> (prefix {@code cnt_}, migrations in {@code db/contacts}, history table {@code
 * cnt_flyway_history}): {@code cnt_stakeholder_category}, {@code cnt_contact} (search_name and
 * blocking_key indexed; tombstones of merges keep their row with {@code merged_into}), {@code
 * cnt_email} (unique normalised address), {@code cnt_phone}, {@code cnt_affiliation} (person →
 * organisation), {@code cnt_contact_category}, {@code cnt_tag}, {@code cnt_consent} (current decision
 * per purpose), {@code cnt_history} (ids and field names only), {@code cnt_import}/{@code
 * cnt_import_row} (imports). On PostgreSQL {@code db/contacts-postgresql} adds a pg_trgm GIN index on
 * {@code search_name} (skipped with a notice where pg_trgm is missing). Persistence unit {@code
 * contacts}.
 *
 * <p><b>Search</b>: native SQL portable between H2 and PostgreSQL ({@code ContactSearch}): the folded
 * text as a substring of {@code search_name}, filters as EXISTS subqueries, ordered by search_name and
 * id, a count query for the total; a page's addresses, organisations, tags and categories are
 * fetched with one query each ({@code ContactViews}). Exports read in chunks of 1,000.
 *
 * <p><b>Import</b> ({@link org.redheart.contacts.api.ContactImports}; reading in {@code
 * domain.imports}): an uploaded CSV or XLSX file ({@code FileKind.SPREADSHEET}) is parsed by the job
 * {@code contacts.import.parse} into {@code cnt_import_row} staging rows (JDBC batches of 1,000, one
 * transaction each, checkpoint = last row stored), each row checked with its problems (column and
 * reason) kept; duplicates (an existing contact's address or an earlier row's) and suppressed or
 * erased addresses are skipped. Nothing is imported while any row is bad. The job {@code
 * contacts.import.commit} moves the good rows with set-based INSERT … SELECT in one transaction
 * (contacts, addresses, phones, categories, missing organisations and affiliations, tags in Java
 * batches, consent with source "import &lt;file&gt; &lt;date&gt;", one history row per contact), then
 * drops the staging rows. Limits: 64 K characters per CSV row or cell, 200 columns, 200,000 rows,
 * XLSX parts at most 100 MB unzipped and 100 times their compressed size.
 *
 * <p><b>Config</b>: none of its own (the link secret is the platform's {@code redheart.secret.links}).
 * May use: platform.
 */
package org.redheart.contacts;
