-- meetings V5 (attendance): contacts are identified by their UUID (cnt_contact.id, varchar(36)),
-- not by a number, so invitees and attendees refer to them as text. Portable to H2 2.x and
-- PostgreSQL 15 (bigint to varchar is an assignment cast; no rows exist yet where this runs).
alter table mtg_invitee alter column contact_id set data type varchar(36);
alter table mtg_attendee alter column contact_id set data type varchar(36);
