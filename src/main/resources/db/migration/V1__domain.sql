-- Tenaga's domain (DESIGN.md). One migration set for H2 and PostgreSQL: no quoted names,
-- TEXT not CLOB, TIMESTAMP WITH TIME ZONE for instants, ids from one sequence.

CREATE SEQUENCE id_seq START WITH 1000 INCREMENT BY 50;
-- Certificate serials and their Bitstring Status List indexes: dense, one per certificate.
CREATE SEQUENCE certificate_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE country (
  code        VARCHAR(2)   PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  time_zone   VARCHAR(50)  NOT NULL
);

CREATE TABLE province (
  code         VARCHAR(10)  PRIMARY KEY,
  country_code VARCHAR(2)   NOT NULL REFERENCES country (code),
  name         VARCHAR(100) NOT NULL
);
CREATE INDEX province_country_idx ON province (country_code);

CREATE TABLE skill (
  code        VARCHAR(40)  PRIMARY KEY,
  name        VARCHAR(120) NOT NULL,
  description VARCHAR(500) NOT NULL
);

CREATE TABLE organisation (
  id           BIGINT       PRIMARY KEY,
  code         VARCHAR(40)  NOT NULL UNIQUE,
  name         VARCHAR(200) NOT NULL,
  type         VARCHAR(20)  NOT NULL CHECK (type IN ('DONOR', 'IMPLEMENTER')),
  country_code VARCHAR(2)   REFERENCES country (code)
);

CREATE TABLE commitment (
  id                BIGINT        PRIMARY KEY,
  code              VARCHAR(40)   NOT NULL UNIQUE,
  title             VARCHAR(200)  NOT NULL,
  source            VARCHAR(500)  NOT NULL,
  description       TEXT          NOT NULL,
  period_start      DATE          NOT NULL,
  period_end        DATE          NOT NULL,
  target_people     INTEGER       NOT NULL CHECK (target_people >= 0),
  target_women      NUMERIC(5, 4) CHECK (target_women BETWEEN 0 AND 1),
  target_youth      NUMERIC(5, 4) CHECK (target_youth BETWEEN 0 AND 1),
  target_rural      NUMERIC(5, 4) CHECK (target_rural BETWEEN 0 AND 1),
  target_disability NUMERIC(5, 4) CHECK (target_disability BETWEEN 0 AND 1),
  CHECK (period_end >= period_start)
);

CREATE TABLE commitment_funder (
  commitment_id   BIGINT NOT NULL REFERENCES commitment (id),
  organisation_id BIGINT NOT NULL REFERENCES organisation (id),
  PRIMARY KEY (commitment_id, organisation_id)
);

CREATE TABLE commitment_country (
  commitment_id BIGINT     NOT NULL REFERENCES commitment (id),
  country_code  VARCHAR(2) NOT NULL REFERENCES country (code),
  PRIMARY KEY (commitment_id, country_code)
);

CREATE TABLE course (
  id                     BIGINT       PRIMARY KEY,
  code                   VARCHAR(32)  NOT NULL UNIQUE,
  title                  VARCHAR(200) NOT NULL,
  summary                VARCHAR(500) NOT NULL,
  description_markdown   TEXT         NOT NULL,
  description_html       TEXT         NOT NULL,
  level                  VARCHAR(20)  NOT NULL CHECK (level IN ('FOUNDATIONAL', 'INTERMEDIATE', 'ADVANCED')),
  hours                  INTEGER      NOT NULL CHECK (hours > 0),
  min_attendance_percent INTEGER      NOT NULL CHECK (min_attendance_percent BETWEEN 0 AND 100),
  pass_score             INTEGER      CHECK (pass_score BETWEEN 0 AND 100),
  validity_months        INTEGER      CHECK (validity_months > 0),
  trainer_for            VARCHAR(32),
  source_file            VARCHAR(255) NOT NULL,
  content_hash           VARCHAR(64)  NOT NULL,
  loaded_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE course_language (
  course_id BIGINT     NOT NULL REFERENCES course (id),
  language  VARCHAR(8) NOT NULL,
  PRIMARY KEY (course_id, language)
);

CREATE TABLE course_delivery_mode (
  course_id BIGINT      NOT NULL REFERENCES course (id),
  mode      VARCHAR(20) NOT NULL CHECK (mode IN ('IN_PERSON', 'ONLINE', 'BLENDED')),
  PRIMARY KEY (course_id, mode)
);

CREATE TABLE course_skill (
  course_id  BIGINT      NOT NULL REFERENCES course (id),
  skill_code VARCHAR(40) NOT NULL REFERENCES skill (code),
  PRIMARY KEY (course_id, skill_code)
);

CREATE TABLE course_commitment (
  course_id       BIGINT      NOT NULL REFERENCES course (id),
  commitment_code VARCHAR(40) NOT NULL REFERENCES commitment (code),
  PRIMARY KEY (course_id, commitment_code)
);
CREATE INDEX course_commitment_code_idx ON course_commitment (commitment_code);

CREATE TABLE course_prerequisite (
  course_id         BIGINT      NOT NULL REFERENCES course (id),
  prerequisite_code VARCHAR(32) NOT NULL,
  PRIMARY KEY (course_id, prerequisite_code)
);

CREATE TABLE trainer (
  id         BIGINT       PRIMARY KEY,
  code       VARCHAR(20)  NOT NULL UNIQUE,
  full_name  VARCHAR(200) NOT NULL,
  email      VARCHAR(254) NOT NULL UNIQUE,
  phone      VARCHAR(40),
  active     BOOLEAN      NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE trainer_country (
  trainer_id   BIGINT     NOT NULL REFERENCES trainer (id),
  country_code VARCHAR(2) NOT NULL REFERENCES country (code),
  PRIMARY KEY (trainer_id, country_code)
);

CREATE TABLE trainer_language (
  trainer_id BIGINT     NOT NULL REFERENCES trainer (id),
  language   VARCHAR(8) NOT NULL,
  PRIMARY KEY (trainer_id, language)
);

CREATE TABLE venue (
  id            BIGINT       PRIMARY KEY,
  code          VARCHAR(20)  NOT NULL UNIQUE,
  name          VARCHAR(200) NOT NULL,
  country_code  VARCHAR(2)   NOT NULL REFERENCES country (code),
  province_code VARCHAR(10)  NOT NULL REFERENCES province (code),
  locality      VARCHAR(10)  NOT NULL CHECK (locality IN ('RURAL', 'URBAN')),
  capacity      INTEGER      NOT NULL CHECK (capacity > 0),
  accessibility VARCHAR(1000),
  active        BOOLEAN      NOT NULL
);
CREATE INDEX venue_country_idx ON venue (country_code);

CREATE TABLE learner (
  id                     BIGINT       PRIMARY KEY,
  email                  VARCHAR(254) UNIQUE,
  full_name              VARCHAR(200),
  phone                  VARCHAR(40),
  country_code           VARCHAR(2)   NOT NULL REFERENCES country (code),
  province_code          VARCHAR(10)  REFERENCES province (code),
  gender                 VARCHAR(12)  NOT NULL CHECK (gender IN ('FEMALE', 'MALE', 'OTHER', 'NOT_STATED')),
  birth_date             DATE,
  locality               VARCHAR(12)  NOT NULL CHECK (locality IN ('RURAL', 'URBAN', 'NOT_STATED')),
  sector                 VARCHAR(20)  CHECK (sector IN ('GOVERNMENT', 'MSME', 'STUDENT', 'EDUCATOR', 'PRIVATE_SECTOR', 'CIVIL_SOCIETY', 'UNEMPLOYED', 'OTHER')),
  wg_seeing              VARCHAR(8)   CHECK (wg_seeing IN ('NONE', 'SOME', 'A_LOT', 'CANNOT')),
  wg_hearing             VARCHAR(8)   CHECK (wg_hearing IN ('NONE', 'SOME', 'A_LOT', 'CANNOT')),
  wg_walking             VARCHAR(8)   CHECK (wg_walking IN ('NONE', 'SOME', 'A_LOT', 'CANNOT')),
  wg_cognition           VARCHAR(8)   CHECK (wg_cognition IN ('NONE', 'SOME', 'A_LOT', 'CANNOT')),
  wg_self_care           VARCHAR(8)   CHECK (wg_self_care IN ('NONE', 'SOME', 'A_LOT', 'CANNOT')),
  wg_communication       VARCHAR(8)   CHECK (wg_communication IN ('NONE', 'SOME', 'A_LOT', 'CANNOT')),
  consent_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  consent_policy_version VARCHAR(20)  NOT NULL,
  created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  erased_at              TIMESTAMP WITH TIME ZONE
);
CREATE INDEX learner_country_idx ON learner (country_code);

CREATE TABLE user_account (
  id              BIGINT       PRIMARY KEY,
  email           VARCHAR(254) NOT NULL UNIQUE,
  password_hash   VARCHAR(400) NOT NULL,
  full_name       VARCHAR(200) NOT NULL,
  organisation_id BIGINT       REFERENCES organisation (id),
  learner_id      BIGINT       UNIQUE REFERENCES learner (id),
  trainer_id      BIGINT       UNIQUE REFERENCES trainer (id),
  active          BOOLEAN      NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  last_login_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE account_role (
  account_id BIGINT      NOT NULL REFERENCES user_account (id),
  role       VARCHAR(20) NOT NULL CHECK (role IN ('ADMIN', 'COORDINATOR', 'TRAINER', 'LEARNER', 'DONOR')),
  PRIMARY KEY (account_id, role)
);

CREATE TABLE account_country (
  account_id   BIGINT     NOT NULL REFERENCES user_account (id),
  country_code VARCHAR(2) NOT NULL REFERENCES country (code),
  PRIMARY KEY (account_id, country_code)
);

CREATE TABLE cohort (
  id             BIGINT      PRIMARY KEY,
  code           VARCHAR(40) NOT NULL UNIQUE,
  course_id      BIGINT      NOT NULL REFERENCES course (id),
  country_code   VARCHAR(2)  NOT NULL REFERENCES country (code),
  province_code  VARCHAR(10) NOT NULL REFERENCES province (code),
  venue_id       BIGINT      REFERENCES venue (id),
  online         BOOLEAN     NOT NULL,
  language       VARCHAR(8)  NOT NULL,
  start_date     DATE        NOT NULL,
  end_date       DATE        NOT NULL,
  capacity       INTEGER     NOT NULL CHECK (capacity > 0),
  reserved_seats INTEGER     NOT NULL CHECK (reserved_seats >= 0),
  reserved_until DATE,
  status         VARCHAR(12) NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'RUNNING', 'COMPLETED', 'CANCELLED')),
  cancel_reason  VARCHAR(500),
  enrolled_count INTEGER     NOT NULL CHECK (enrolled_count >= 0),
  waitlist_count INTEGER     NOT NULL CHECK (waitlist_count >= 0),
  version        BIGINT      NOT NULL,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK (end_date >= start_date),
  CHECK (reserved_seats <= capacity),
  CHECK (enrolled_count <= capacity),
  CHECK (online OR venue_id IS NOT NULL)
);
CREATE INDEX cohort_course_idx ON cohort (course_id);
CREATE INDEX cohort_country_status_idx ON cohort (country_code, status, start_date);
CREATE INDEX cohort_status_start_idx ON cohort (status, start_date);

CREATE TABLE cohort_reserved_group (
  cohort_id BIGINT      NOT NULL REFERENCES cohort (id),
  grp       VARCHAR(12) NOT NULL CHECK (grp IN ('WOMEN', 'YOUTH', 'RURAL', 'DISABILITY')),
  PRIMARY KEY (cohort_id, grp)
);

CREATE TABLE cohort_trainer (
  cohort_id  BIGINT NOT NULL REFERENCES cohort (id),
  trainer_id BIGINT NOT NULL REFERENCES trainer (id),
  PRIMARY KEY (cohort_id, trainer_id)
);
CREATE INDEX cohort_trainer_trainer_idx ON cohort_trainer (trainer_id);

CREATE TABLE cohort_session (
  id        BIGINT  PRIMARY KEY,
  cohort_id BIGINT  NOT NULL REFERENCES cohort (id),
  seq       INTEGER NOT NULL,
  starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  venue_id  BIGINT  REFERENCES venue (id),
  CHECK (ends_at > starts_at),
  UNIQUE (cohort_id, seq)
);
CREATE INDEX session_venue_time_idx ON cohort_session (venue_id, starts_at);
CREATE INDEX session_time_idx ON cohort_session (starts_at);

CREATE TABLE session_trainer (
  session_id BIGINT NOT NULL REFERENCES cohort_session (id),
  trainer_id BIGINT NOT NULL REFERENCES trainer (id),
  PRIMARY KEY (session_id, trainer_id)
);
CREATE INDEX session_trainer_trainer_idx ON session_trainer (trainer_id);

CREATE TABLE enrolment (
  id                BIGINT       PRIMARY KEY,
  cohort_id         BIGINT       NOT NULL REFERENCES cohort (id),
  learner_id        BIGINT       NOT NULL REFERENCES learner (id),
  status            VARCHAR(14)  NOT NULL CHECK (status IN ('WAITLISTED', 'ENROLLED', 'COMPLETED', 'NOT_COMPLETED', 'WITHDRAWN', 'CANCELLED')),
  requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  enrolled_at       TIMESTAMP WITH TIME ZONE,
  waitlist_position INTEGER,
  withdrawn_at      TIMESTAMP WITH TIME ZONE,
  withdraw_reason   VARCHAR(500),
  completed_at      TIMESTAMP WITH TIME ZONE,
  sessions_attended INTEGER      NOT NULL,
  score             INTEGER      CHECK (score BETWEEN 0 AND 100),
  reserved_seat     BOOLEAN      NOT NULL,
  -- Demographics at enrolment time: statistics describe who was trained, whatever the
  -- learner's profile says later.
  snap_gender       VARCHAR(12)  NOT NULL,
  snap_age          INTEGER,
  snap_locality     VARCHAR(12)  NOT NULL,
  snap_sector       VARCHAR(20),
  snap_disability   VARCHAR(12)  NOT NULL CHECK (snap_disability IN ('YES', 'NO', 'NOT_STATED')),
  snap_province     VARCHAR(10),
  version           BIGINT       NOT NULL,
  UNIQUE (cohort_id, learner_id)
);
CREATE INDEX enrolment_cohort_status_idx ON enrolment (cohort_id, status, waitlist_position);
CREATE INDEX enrolment_learner_idx ON enrolment (learner_id);

CREATE TABLE attendance (
  enrolment_id BIGINT  NOT NULL REFERENCES enrolment (id),
  session_id   BIGINT  NOT NULL REFERENCES cohort_session (id),
  present      BOOLEAN NOT NULL,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by  VARCHAR(254) NOT NULL,
  PRIMARY KEY (enrolment_id, session_id)
);
CREATE INDEX attendance_session_idx ON attendance (session_id);

CREATE TABLE certificate (
  id                BIGINT      PRIMARY KEY,
  serial            VARCHAR(40) NOT NULL UNIQUE,
  verification_code VARCHAR(64) NOT NULL UNIQUE,
  enrolment_id      BIGINT      NOT NULL UNIQUE REFERENCES enrolment (id),
  learner_id        BIGINT      NOT NULL REFERENCES learner (id),
  course_id         BIGINT      NOT NULL REFERENCES course (id),
  cohort_id         BIGINT      NOT NULL REFERENCES cohort (id),
  issued_on         DATE        NOT NULL,
  expires_on        DATE,
  status            VARCHAR(10) NOT NULL CHECK (status IN ('VALID', 'REVOKED')),
  revoked_at        TIMESTAMP WITH TIME ZONE,
  revocation_reason VARCHAR(500),
  status_list_index INTEGER     NOT NULL UNIQUE,
  CHECK (status = 'VALID' OR revocation_reason IS NOT NULL)
);
CREATE INDEX certificate_learner_idx ON certificate (learner_id);
CREATE INDEX certificate_course_issued_idx ON certificate (course_id, issued_on);

CREATE TABLE trainer_qualification (
  id                BIGINT       PRIMARY KEY,
  trainer_id        BIGINT       NOT NULL REFERENCES trainer (id),
  course_code       VARCHAR(32)  NOT NULL,
  source            VARCHAR(12)  NOT NULL CHECK (source IN ('COORDINATOR', 'CERTIFICATE')),
  certificate_id    BIGINT       REFERENCES certificate (id),
  granted_by        VARCHAR(254) NOT NULL,
  granted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (trainer_id, course_code)
);
CREATE INDEX trainer_qualification_course_idx ON trainer_qualification (course_code);

CREATE TABLE audit_event (
  id          BIGINT       PRIMARY KEY,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  actor       VARCHAR(254) NOT NULL,
  action      VARCHAR(60)  NOT NULL,
  entity_type VARCHAR(40)  NOT NULL,
  entity_id   VARCHAR(64)  NOT NULL,
  summary     VARCHAR(1000) NOT NULL,
  before_state TEXT,
  after_state  TEXT
);
CREATE INDEX audit_entity_idx ON audit_event (entity_type, entity_id, occurred_at);
CREATE INDEX audit_time_idx ON audit_event (occurred_at);

-- Installation facts Tenaga keeps about itself (demo seed loaded, key material).
CREATE TABLE app_setting (
  setting_name  VARCHAR(80)   PRIMARY KEY,
  setting_value VARCHAR(4000) NOT NULL
);
