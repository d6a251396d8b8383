-- Inclusion statistics (DESIGN.md "Inclusion metrics"): rollups kept exact in the same
-- transaction as every change they summarise, and rebuilt from the raw rows on demand.
-- Counting unit: people. A "base" is a slice whose people counts are kept ready: ALL (every
-- course, country and month) and each commitment (its courses x countries x period).

-- The bases the rollups were built for, with the definition they were built from (a changed
-- commitment or catalogue makes a base stale). The ALL row is also the writers' lock, and its
-- version moves with every committed change, so a reader knows whether its reads saw one state.
CREATE TABLE inclusion_base (
  base_code  VARCHAR(40)   PRIMARY KEY,
  definition VARCHAR(4000) NOT NULL,
  version    BIGINT        NOT NULL,
  built_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per enrolment and stage it reached (WAITLISTED, ENROLLED, WITHDRAWN, ENDED,
-- COMPLETED, CERTIFIED), in the cell of its cohort: course, country, month of the stage's date,
-- whether a cascade trainer taught it; profile = the demographic snapshot as counted.
-- repeated: the learner reached this stage more than once; first_in: the bases ('|ALL|STMT-9|')
-- in which this is the learner's earliest enrolment at the stage.
CREATE TABLE inclusion_reach (
  enrolment_id BIGINT        NOT NULL,
  stage        VARCHAR(12)   NOT NULL,
  learner_id   BIGINT        NOT NULL,
  course_code  VARCHAR(32)   NOT NULL,
  country      VARCHAR(2)    NOT NULL,
  period_month DATE          NOT NULL,
  via_cascade  BOOLEAN       NOT NULL,
  starts_on    DATE          NOT NULL,
  profile      INTEGER       NOT NULL,
  repeated     BOOLEAN       NOT NULL,
  first_in     VARCHAR(2000) NOT NULL,
  PRIMARY KEY (enrolment_id, stage)
);
CREATE INDEX inclusion_reach_learner_idx ON inclusion_reach (learner_id);
-- Serves a narrowed slice's correction (stage, countries, courses, months, repeated) and the
-- rebuild's second pass (stage by stage, country by country).
CREATE INDEX inclusion_reach_slice_idx ON inclusion_reach (stage, country, course_code, period_month, repeated);

-- People per cell of a base: each learner once, at their earliest enrolment in the base that
-- reached the stage. people = 'profile:count;...' over the 972 demographic profiles;
-- reaches = enrolments (certificates, at CERTIFIED) in the cell.
CREATE TABLE inclusion_cell (
  base_code    VARCHAR(40)    NOT NULL,
  stage        VARCHAR(12)    NOT NULL,
  course_code  VARCHAR(32)    NOT NULL,
  country      VARCHAR(2)     NOT NULL,
  period_month DATE           NOT NULL,
  via_cascade  BOOLEAN        NOT NULL,
  people       VARCHAR(20000) NOT NULL,
  reaches      INTEGER        NOT NULL,
  PRIMARY KEY (base_code, stage, course_code, country, period_month, via_cascade)
);

-- The same for a whole base: what the commitments page reads.
CREATE TABLE inclusion_total (
  base_code VARCHAR(40)    NOT NULL,
  stage     VARCHAR(12)    NOT NULL,
  people    VARCHAR(20000) NOT NULL,
  reaches   INTEGER        NOT NULL,
  PRIMARY KEY (base_code, stage)
);

-- The cohorts the rollups count as taught by a cascade trainer (one qualified for the course by
-- a train-the-trainer certificate). A qualification that comes or goes (a revoked certificate
-- withdraws the one it earned) changes this set; its cohorts' learners are then recounted.
CREATE TABLE inclusion_cascade (
  cohort_id BIGINT PRIMARY KEY
);
