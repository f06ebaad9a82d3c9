-- The project registry (issue 9): what the programme office records of each project beyond V1's columns.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode. Existing projects keep their free-text
-- lead (lead_username stays empty until the office chooses a user) and are open, in implementation.
alter table project add column description varchar(2000) default '' not null;
-- the lead's username in the user directory; '' for a lead recorded as free text before the registry.
-- `lead` keeps the name the pack shows: the user's display name when the registry saved it.
alter table project add column lead_username varchar(100) default '' not null;
-- ministerial priority codes, sorted and comma separated ("B1,B4"); empty when none (as improvement_areas)
alter table project add column ministerial_priorities varchar(50) default '' not null;
alter table project add column stage varchar(30) default 'IMPLEMENTATION' not null;
alter table project add column start_date date;
alter table project add column planned_end_date date;
-- set exactly when stage is CLOSED; the project leaves the roll-ups of reporting months after this one's month
alter table project add column closed_on date;
-- ids of the projects this one depends on, sorted and comma separated; read only with the project
alter table project add column depends_on varchar(2000) default '' not null;

create index project_lead_username_idx on project (lead_username);
