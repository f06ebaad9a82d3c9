-- Runs unchanged on PostgreSQL 15 and on H2 2.x with MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE.
-- KPI data maintained by the programme office (issue 9):
-- * why a KPI value was revised: the observations upload refuses a revised figure without one, and the pack
--   shows it beside the revision. Null for a first value and for values that came in with a project's return.
-- * a KPI definition's agreed baseline (domain facts §7.1: MIU baselined with December 2022 data), shown beside
--   the computed one; both null when none was agreed.
alter table kpi_value add column revision_reason varchar(1000);
alter table kpi_definition add column baseline_month char(7);
alter table kpi_definition add column baseline_value varchar(60);
