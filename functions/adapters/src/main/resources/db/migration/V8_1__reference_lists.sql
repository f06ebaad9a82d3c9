-- The programme office's reference lists (issue 9): one row per value the office set; a code without a row uses
-- the configured default. Who set it and when are kept here and, with the value before, in the audit log.
create table reference_entry (
    -- list slug and code, "risk-appetite:FINANCIAL": one key column keeps the Micronaut Data mapping plain
    id         varchar(90)   not null primary key,
    list_name  varchar(40)   not null,
    code       varchar(40)   not null,
    entry_value varchar(2000) not null,
    changed_by varchar(100)  not null,
    changed_at timestamp with time zone not null
);

create index reference_entry_list_idx on reference_entry (list_name, code);
