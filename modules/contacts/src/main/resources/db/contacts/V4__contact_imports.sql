-- Imports: what the staging rows need to become contacts with set-based inserts (ids generated at
-- parse time for every row the commit creates), and the import's own error and progress.
alter table cnt_import add column error varchar(1000);
alter table cnt_import add column file_size bigint;

alter table cnt_import_row add column minor boolean;
alter table cnt_import_row add column guardian_consent_at date;
alter table cnt_import_row add column attendance varchar(16);
alter table cnt_import_row add column org_key varchar(300);
alter table cnt_import_row add column email_id varchar(36);
alter table cnt_import_row add column phone_id varchar(36);
alter table cnt_import_row add column affiliation_id varchar(36);
alter table cnt_import_row add column history_id varchar(36);
