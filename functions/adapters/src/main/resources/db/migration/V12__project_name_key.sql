-- Project names unique ignoring case and spacing (issue 9), held by the database as well as by the registry's
-- check, so that two saves at once cannot both pass. name_key is Project.nameKey(name): stripped, runs of white
-- space made one space, lower case. Runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode.
alter table project add column name_key varchar(300);
update project set name_key = lower(regexp_replace(trim(name), '\s+', ' ', 'g'));
-- Names that clashed before the registry checked them (none should) keep their rows: all but the lowest id get a
-- key no normalised name can equal (the id is in capitals), so the index can be built; the registry still refuses
-- to save either under that name until one is renamed.
update project p set name_key = name_key || ' #' || id
    where exists (select 1 from project q where q.name_key = p.name_key and q.id < p.id);
alter table project alter column name_key set not null;
create unique index project_name_key_uq on project (name_key);
