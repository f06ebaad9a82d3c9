-- Spreadsheet uploads (returns and risk registers) and their outcomes. The raw file is in the raw
-- bucket under raw_key; this row says whether it has been read and what reading it found.
create table upload (
    id           varchar(80)  not null primary key,
    raw_key      varchar(200) not null,
    kind         varchar(20)  not null,
    dry_run      boolean      not null,
    file_name    varchar(200) not null,
    size_bytes   bigint       not null,
    requested_at timestamp with time zone not null,
    -- PENDING, then PROCESSING inside the transaction that reads it, then ACCEPTED or REJECTED
    state        varchar(12)  not null,
    processed_at timestamp with time zone,
    rows_read    integer      not null,
    recorded     integer      not null,
    unchanged    integer      not null,
    -- JSON array of problems ({sheet,row,column,value,message}); '[]' when none
    problems     text         not null,
    constraint upload_raw_key_uq unique (raw_key)
);

create index upload_pending_idx on upload (state, kind, requested_at);
create index upload_requested_idx on upload (requested_at);
