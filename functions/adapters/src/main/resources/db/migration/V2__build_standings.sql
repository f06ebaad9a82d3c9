-- What each build showed the board, per project, with the methodology version it used (methodology §6:
-- changes since the previous cycle are measured against these rows).
create table build_standing (
    build_id            varchar(32)  not null references pack_build (id),
    project_id          varchar(20)  not null references project (id),
    project_name        varchar(300) not null,
    rank                integer      not null,             -- 0 when not ranked
    score               numeric(5, 2),                      -- null when not scored
    band                varchar(6),                         -- HIGH, MEDIUM, LOW; null when not scored
    rag                 varchar(5),                         -- null when there was no return
    return_reference    varchar(40),
    -- the return's 11 criterion scores in order, comma separated, empty for unscored ("5,4,,3,…")
    criterion_scores    varchar(40),
    methodology_version varchar(40)  not null,
    confidence          varchar(12),                        -- the delivery confidence in force; null when not worked out
    confidence_basis    text         not null,              -- what it rests on, in words
    constraint build_standing_pk primary key (build_id, project_id)
);
