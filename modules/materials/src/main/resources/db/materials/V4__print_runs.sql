-- Print runs and distribution of printed materials: copies of an approved version printed, copies given
-- to a meeting, an organisation (a contact) or an event, and so what is on hand per version.
-- Portable to H2 2.x and PostgreSQL.

create table mat_print_run (
  id             varchar(36)   not null primary key,
  material_id    varchar(36)   not null references mat_material (id),
  version_number integer       not null,
  quantity       integer       not null,
  printed_on     date          not null,
  printer        varchar(200),
  note           varchar(2000),
  recorded_by    varchar(36)   not null,
  recorded_at    timestamp     not null
);
create index mat_print_run_material_ix on mat_print_run (material_id, recorded_at);

create table mat_distribution (
  id             varchar(36)   not null primary key,
  material_id    varchar(36)   not null references mat_material (id),
  version_number integer       not null,
  quantity       integer       not null,
  target_kind    varchar(16)   not null,               -- MEETING | ORGANISATION | EVENT
  target_id      varchar(36),                          -- the meeting or the organisation (a contact); null for an event
  target_name    varchar(300)  not null,               -- the meeting's title, the organisation's or the event's name then
  distributed_on date          not null,
  note           varchar(2000),
  recorded_by    varchar(36)   not null,
  recorded_at    timestamp     not null
);
create index mat_distribution_material_ix on mat_distribution (material_id, recorded_at);
create index mat_distribution_target_ix on mat_distribution (target_kind, target_id, recorded_at);
