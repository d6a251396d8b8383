-- Inclusion rollups at scale: reach rows record whether a learner reached a stage in several
-- countries or courses, a course has a base of its own inside each commitment, and the indexes
-- serve the drill-downs. The rollups are derived data, rebuilt at start when they are missing or
-- stale, so their tables are replaced rather than altered.
DROP TABLE inclusion_cascade;
DROP TABLE inclusion_total;
DROP TABLE inclusion_cell;
DROP TABLE inclusion_reach;
DROP TABLE inclusion_base;

-- The bases the rollups were built for, with the definition they were built from (a changed
-- commitment or catalogue makes a base stale). The ALL row is also the writers' lock, and its
-- version moves with every committed change, so a reader knows whether its reads saw one state.
CREATE TABLE inclusion_base (
  base_code  VARCHAR(80)   PRIMARY KEY,
  definition VARCHAR(4000) NOT NULL,
  version    BIGINT        NOT NULL,
  built_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per enrolment and stage it reached (WAITLISTED, ENROLLED, WITHDRAWN, ENDED,
-- COMPLETED, CERTIFIED), in the cell of its cohort: course, country, month of the stage's date,
-- whether a cascade trainer taught it; profile = the demographic snapshot as counted.
-- repeated / spans_countries / spans_courses: the learner reached this stage more than once / in
-- more than one country / in more than one course; first_in: the bases ('|ALL|STMT-9|') in which
-- this is the learner's earliest enrolment at the stage.
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
  repeated        BOOLEAN       NOT NULL,
  spans_countries BOOLEAN       NOT NULL,
  spans_courses   BOOLEAN       NOT NULL,
  first_in        VARCHAR(2000) NOT NULL
);
-- No primary key: rows are written and read a learner at a time (one writer at a time), and a
-- rebuild writes millions; every index costs it.
CREATE INDEX inclusion_reach_learner_idx ON inclusion_reach (learner_id);
-- Serves a narrowed slice's correction (stage, countries, courses, months, repeated) and the
-- rebuild's second pass (stage by stage, country by country).
CREATE INDEX inclusion_reach_slice_idx ON inclusion_reach (stage, country, course_code, period_month, repeated);
-- A country's drill-down recounts only learners who reached the stage in several countries.
CREATE INDEX inclusion_reach_countries_idx ON inclusion_reach (stage, spans_countries, country, course_code);
-- Cascade reach recounts only reaches in cohorts taught by cascade trainers, which are few.
CREATE INDEX inclusion_reach_cascade_idx ON inclusion_reach (stage, via_cascade, repeated, country);

-- People per cell of a base: each learner once, at their earliest enrolment in the base that
-- reached the stage. people = 'profile:count;...' over the 972 demographic profiles;
-- reaches = enrolments (certificates, at CERTIFIED) in the cell.
CREATE TABLE inclusion_cell (
  base_code    VARCHAR(80)    NOT NULL,
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
  base_code VARCHAR(80)    NOT NULL,
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
