-- The PDF board pack of a build, made by the pack-builder as a job the api starts (issue 8): its latest state,
-- one row a build, so the cycle page shows it being made, made, or failed and why. Never part of the final mark.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x with MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE.
create table board_pack_job (
    build_id     varchar(32)   not null primary key references pack_build (id),
    cycle_id     varchar(63)   not null references board_cycle (id),
    -- MAKING, READY or FAILED
    status       varchar(8)    not null,
    requested_by varchar(120)  not null,
    requested_at timestamp with time zone not null,
    finished_at  timestamp with time zone,
    -- the PDF's size when made, the reason when failed
    message      varchar(1000) not null
);
