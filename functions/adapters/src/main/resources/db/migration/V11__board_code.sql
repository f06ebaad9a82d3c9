-- Cycles name their board by its code (issue 9): the org.sendpmo.cycle.Board constant, which never changes (a
-- cycle's id is made from it), so that the programme office can rename a board (the reference list "boards")
-- without losing which cycles are the same board's.
alter table board_cycle add column board_code varchar(40);

-- Every title the Board list has had is its constant's title (Board has never renamed one).
update board_cycle set board_code = case board
    when 'SEND Transformation Strategic Board' then 'STSB'
    when 'Strategic Reset Programme Board' then 'SRP_PROGRAMME_BOARD'
    when 'Kent SEND Strategic Improvement and Assurance Board' then 'SIAB'
    when 'Kent SEND Partnership Delivery Group' then 'PDG'
    when 'SEND Transformation Operational Group 1' then 'OG1'
    when 'SEND Transformation Operational Group 2' then 'OG2'
    when 'SEND Transformation Operational Group 3' then 'OG3'
    when 'SEND Scrutiny Sub-Committee' then 'SEND_SCRUTINY_SUB_COMMITTEE'
    when 'CYPE Cabinet Committee' then 'CYPE_CABINET_COMMITTEE'
    when 'SEND Partnership Board' then 'SEND_PARTNERSHIP_BOARD'
end;

-- A title in no list (a cycle recorded before the list): the board whose id prefix starts the cycle's id, which is
-- how the id was made; failing that the Strategic Board, the programme's main board. Its title stays in "board".
update board_cycle set board_code = case
    when id like 'stsb-%' then 'STSB'
    when id like 'srp-%' then 'SRP_PROGRAMME_BOARD'
    when id like 'siab-%' then 'SIAB'
    when id like 'pdg-%' then 'PDG'
    when id like 'og1-%' then 'OG1'
    when id like 'og2-%' then 'OG2'
    when id like 'og3-%' then 'OG3'
    when id like 'scrutiny-%' then 'SEND_SCRUTINY_SUB_COMMITTEE'
    when id like 'cype-%' then 'CYPE_CABINET_COMMITTEE'
    when id like 'sendpb-%' then 'SEND_PARTNERSHIP_BOARD'
    else 'STSB'
end
where board_code is null;

alter table board_cycle alter column board_code set not null;

-- "board" stays: the board's name as shown when the cycle was last saved, kept as a record. Nothing reads it: the
-- name shown is looked up by board_code in the programme office's list (or the Board's title).
