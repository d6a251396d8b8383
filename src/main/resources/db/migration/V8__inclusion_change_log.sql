-- Slices narrower than a base (a country, a period, cascade reach) are counted from a copy of
-- the reach rows each Tenaga instance holds in memory, no longer by queries on these indexes.
DROP INDEX IF EXISTS inclusion_reach_slice_idx;
DROP INDEX IF EXISTS inclusion_reach_countries_idx;
DROP INDEX IF EXISTS inclusion_reach_cascade_idx;

-- Which learners each committed version of the rollups recounted (the version of the ALL row of
-- inclusion_base), so every instance brings its copy up to date by rereading just those
-- learners' reaches, whichever instance made the change. Writers prune old versions; a rebuild
-- empties it.
CREATE TABLE inclusion_change (
  version    BIGINT NOT NULL,
  learner_id BIGINT NOT NULL
);
CREATE INDEX inclusion_change_version_idx ON inclusion_change (version);
