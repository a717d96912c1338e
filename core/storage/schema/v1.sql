-- SPDX-License-Identifier: GPL-3.0-or-later
-- Journey Studio project file (.cjm), schema version 1.
-- Every domain entity has a UUID text primary key: lower case, no braces,
-- 36 characters ("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx").
-- Bulk survey data uses integer keys. Ordering among siblings is a dense
-- 0-based "position". Booleans are 0/1, dates ISO 8601 text, colours "#rrggbb".
-- docs/FILE-FORMAT.md documents every column.

CREATE TABLE project (
  id          TEXT PRIMARY KEY NOT NULL,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  locale      TEXT NOT NULL DEFAULT 'en',
  created     TEXT NOT NULL,
  modified    TEXT NOT NULL
);

CREATE TABLE image (
  id     TEXT PRIMARY KEY NOT NULL,
  mime   TEXT NOT NULL,
  width  INTEGER NOT NULL,
  height INTEGER NOT NULL,
  data   BLOB NOT NULL
);

CREATE TABLE persona (
  id                 TEXT PRIMARY KEY NOT NULL,
  position           INTEGER NOT NULL,
  name               TEXT NOT NULL,
  role               TEXT NOT NULL DEFAULT '',
  tier               INTEGER NOT NULL DEFAULT 2,
  share_percent      REAL NOT NULL DEFAULT 0,
  value_per_customer REAL NOT NULL DEFAULT 0,
  goals              TEXT NOT NULL DEFAULT '',
  needs              TEXT NOT NULL DEFAULT '',
  frustrations       TEXT NOT NULL DEFAULT '',
  quote              TEXT NOT NULL DEFAULT '',
  color              TEXT NOT NULL DEFAULT '#4e79a7',
  photo_id           TEXT REFERENCES image(id) ON DELETE SET NULL
);

CREATE TABLE journey (
  id               TEXT PRIMARY KEY NOT NULL,
  position         INTEGER NOT NULL,
  name             TEXT NOT NULL,
  scenario         TEXT NOT NULL DEFAULT '',
  state            INTEGER NOT NULL DEFAULT 0,
  as_is_journey_id TEXT REFERENCES journey(id) ON DELETE SET NULL,
  owner            TEXT NOT NULL DEFAULT '',
  status           INTEGER NOT NULL DEFAULT 0,
  tags             TEXT NOT NULL DEFAULT ''
);

CREATE TABLE journey_persona (
  journey_id TEXT NOT NULL REFERENCES journey(id) ON DELETE CASCADE,
  persona_id TEXT NOT NULL REFERENCES persona(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  PRIMARY KEY (journey_id, persona_id)
);

CREATE TABLE lane (
  id         TEXT PRIMARY KEY NOT NULL,
  journey_id TEXT NOT NULL REFERENCES journey(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  kind       INTEGER NOT NULL,
  title      TEXT NOT NULL DEFAULT '',
  visible    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE stage (
  id            TEXT PRIMARY KEY NOT NULL,
  journey_id    TEXT NOT NULL REFERENCES journey(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  name          TEXT NOT NULL,
  customer_goal TEXT NOT NULL DEFAULT '',
  color         TEXT NOT NULL DEFAULT '#dfe7f2',
  notes         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE touchpoint (
  id              TEXT PRIMARY KEY NOT NULL,
  stage_id        TEXT NOT NULL REFERENCES stage(id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  title           TEXT NOT NULL,
  description     TEXT NOT NULL DEFAULT '',
  channel         INTEGER NOT NULL DEFAULT 0,
  environment     INTEGER NOT NULL DEFAULT 2,
  owner           TEXT NOT NULL DEFAULT '',
  owner_external  INTEGER NOT NULL DEFAULT 0,
  customer_action TEXT NOT NULL DEFAULT '',
  thoughts        TEXT NOT NULL DEFAULT '',
  feelings        TEXT NOT NULL DEFAULT '',
  emotion         INTEGER NOT NULL DEFAULT 0,
  emotion_to_be   INTEGER,
  evidence        INTEGER NOT NULL DEFAULT 0,
  moment_of_truth INTEGER NOT NULL DEFAULT 0,
  backstage       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE touchpoint_image (
  touchpoint_id TEXT NOT NULL REFERENCES touchpoint(id) ON DELETE CASCADE,
  image_id      TEXT NOT NULL REFERENCES image(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  PRIMARY KEY (touchpoint_id, image_id)
);

CREATE TABLE lane_cell (
  id            TEXT PRIMARY KEY NOT NULL,
  lane_id       TEXT NOT NULL REFERENCES lane(id) ON DELETE CASCADE,
  touchpoint_id TEXT NOT NULL REFERENCES touchpoint(id) ON DELETE CASCADE,
  text          TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX lane_cell_by_lane ON lane_cell(lane_id, touchpoint_id);

CREATE TABLE pain_point (
  id                 TEXT PRIMARY KEY NOT NULL,
  stage_id           TEXT NOT NULL REFERENCES stage(id) ON DELETE CASCADE,
  touchpoint_id      TEXT REFERENCES touchpoint(id) ON DELETE CASCADE,
  position           INTEGER NOT NULL,
  title              TEXT NOT NULL,
  description        TEXT NOT NULL DEFAULT '',
  category           INTEGER NOT NULL DEFAULT 0,
  severity           INTEGER NOT NULL DEFAULT 3,
  likelihood         INTEGER NOT NULL DEFAULT 3,
  customers_affected REAL NOT NULL DEFAULT 0,
  handling           INTEGER NOT NULL DEFAULT 0,
  handling_notes     TEXT NOT NULL DEFAULT '',
  votes              INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE opportunity (
  id              TEXT PRIMARY KEY NOT NULL,
  stage_id        TEXT NOT NULL REFERENCES stage(id) ON DELETE CASCADE,
  touchpoint_id   TEXT REFERENCES touchpoint(id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  title           TEXT NOT NULL,
  description     TEXT NOT NULL DEFAULT '',
  owner           TEXT NOT NULL DEFAULT '',
  status          INTEGER NOT NULL DEFAULT 0,
  impact          INTEGER NOT NULL DEFAULT 3,
  effort          INTEGER NOT NULL DEFAULT 3,
  due_date        TEXT NOT NULL DEFAULT '',
  expected_change TEXT NOT NULL DEFAULT '',
  votes           INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE opportunity_pain_point (
  opportunity_id TEXT NOT NULL REFERENCES opportunity(id) ON DELETE CASCADE,
  pain_point_id  TEXT NOT NULL REFERENCES pain_point(id) ON DELETE CASCADE,
  PRIMARY KEY (opportunity_id, pain_point_id)
);

CREATE TABLE opportunity_touchpoint (
  opportunity_id TEXT NOT NULL REFERENCES opportunity(id) ON DELETE CASCADE,
  touchpoint_id  TEXT NOT NULL REFERENCES touchpoint(id) ON DELETE CASCADE,
  PRIMARY KEY (opportunity_id, touchpoint_id)
);

CREATE TABLE insight (
  id            TEXT PRIMARY KEY NOT NULL,
  stage_id      TEXT NOT NULL REFERENCES stage(id) ON DELETE CASCADE,
  touchpoint_id TEXT REFERENCES touchpoint(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  kind          INTEGER NOT NULL DEFAULT 0,
  text          TEXT NOT NULL,
  source        INTEGER NOT NULL DEFAULT 0,
  source_detail TEXT NOT NULL DEFAULT '',
  date          TEXT NOT NULL DEFAULT ''
);

CREATE TABLE insight_touchpoint (
  insight_id    TEXT NOT NULL REFERENCES insight(id) ON DELETE CASCADE,
  touchpoint_id TEXT NOT NULL REFERENCES touchpoint(id) ON DELETE CASCADE,
  PRIMARY KEY (insight_id, touchpoint_id)
);

CREATE TABLE insight_pain_point (
  insight_id    TEXT NOT NULL REFERENCES insight(id) ON DELETE CASCADE,
  pain_point_id TEXT NOT NULL REFERENCES pain_point(id) ON DELETE CASCADE,
  PRIMARY KEY (insight_id, pain_point_id)
);

CREATE TABLE metric (
  id         TEXT PRIMARY KEY NOT NULL,
  position   INTEGER NOT NULL,
  name       TEXT NOT NULL,
  kind       INTEGER NOT NULL DEFAULT 0,
  category   INTEGER NOT NULL DEFAULT 1,
  scale_min  REAL NOT NULL DEFAULT 0,
  scale_max  REAL NOT NULL DEFAULT 10,
  direction  INTEGER NOT NULL DEFAULT 0,
  unit       TEXT NOT NULL DEFAULT '',
  target     REAL,
  scope_kind INTEGER NOT NULL DEFAULT 0,
  scope_id   TEXT
);

CREATE TABLE measurement (
  id           TEXT PRIMARY KEY NOT NULL,
  metric_id    TEXT NOT NULL REFERENCES metric(id) ON DELETE CASCADE,
  scope_kind   INTEGER NOT NULL DEFAULT 0,
  scope_id     TEXT,
  period_start TEXT NOT NULL,
  period_end   TEXT NOT NULL,
  value        REAL NOT NULL,
  sample_size  INTEGER NOT NULL DEFAULT 0,
  source       INTEGER NOT NULL DEFAULT 0,
  note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX measurement_by_metric ON measurement(metric_id, period_start);

-- Survey data (bulk). Mappings describe how an export's columns map to metrics.
-- Bulk rows name metrics, personas and touchpoints by UUID without foreign
-- keys: removing (and undoing the removal of) a map entity never rewrites
-- survey data; a reference to an entity that no longer exists is ignored.
CREATE TABLE survey_mapping (
  id         TEXT PRIMARY KEY NOT NULL,
  name       TEXT NOT NULL,
  signature  TEXT NOT NULL,
  definition TEXT NOT NULL
);

CREATE TABLE survey_import (
  id          TEXT PRIMARY KEY NOT NULL,
  mapping_id  TEXT REFERENCES survey_mapping(id) ON DELETE SET NULL,
  file_name   TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  rows_read   INTEGER NOT NULL DEFAULT 0,
  rows_stored INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX survey_import_by_hash ON survey_import(file_sha256);

CREATE TABLE survey_response (
  id         INTEGER PRIMARY KEY,
  import_id  TEXT NOT NULL REFERENCES survey_import(id) ON DELETE CASCADE,
  respondent TEXT NOT NULL DEFAULT '',
  day        TEXT NOT NULL DEFAULT '',
  segment    TEXT NOT NULL DEFAULT '',
  persona_id TEXT
);
CREATE INDEX survey_response_by_import ON survey_response(import_id);

CREATE TABLE survey_answer (
  response_id INTEGER NOT NULL REFERENCES survey_response(id) ON DELETE CASCADE,
  metric_id   TEXT NOT NULL,
  scope_kind  INTEGER NOT NULL DEFAULT 0,
  scope_id    TEXT,
  value       REAL NOT NULL
);
CREATE INDEX survey_answer_by_response ON survey_answer(response_id);
CREATE INDEX survey_answer_by_metric ON survey_answer(metric_id, scope_kind, scope_id);

CREATE TABLE survey_comment (
  response_id   INTEGER NOT NULL REFERENCES survey_response(id) ON DELETE CASCADE,
  touchpoint_id TEXT,
  text          TEXT NOT NULL
);
CREATE INDEX survey_comment_by_response ON survey_comment(response_id);

-- Pre-aggregated score histogram: every NPS/CSAT/CES figure is a function of it.
CREATE TABLE survey_histogram (
  import_id  TEXT NOT NULL REFERENCES survey_import(id) ON DELETE CASCADE,
  metric_id  TEXT NOT NULL,
  scope_kind INTEGER NOT NULL,
  scope_id   TEXT,
  persona_id TEXT,
  day        TEXT NOT NULL,
  score      REAL NOT NULL,
  count      INTEGER NOT NULL
);
CREATE INDEX survey_histogram_by_metric ON survey_histogram(metric_id, scope_kind, scope_id, day);

-- Additive sums behind a correlation of a scoped score with the overall NPS answer.
CREATE TABLE survey_pair_sums (
  import_id  TEXT NOT NULL REFERENCES survey_import(id) ON DELETE CASCADE,
  metric_id  TEXT NOT NULL,
  scope_kind INTEGER NOT NULL,
  scope_id   TEXT,
  persona_id TEXT,
  day        TEXT NOT NULL,
  n          INTEGER NOT NULL,
  sum_x      REAL NOT NULL,
  sum_y      REAL NOT NULL,
  sum_xx     REAL NOT NULL,
  sum_yy     REAL NOT NULL,
  sum_xy     REAL NOT NULL
);
CREATE INDEX survey_pair_sums_by_metric ON survey_pair_sums(metric_id, scope_kind, scope_id);

-- Indexes for the hierarchy (children of a parent, in order).
CREATE INDEX stage_by_journey ON stage(journey_id, position);
CREATE INDEX touchpoint_by_stage ON touchpoint(stage_id, position);
CREATE INDEX lane_by_journey ON lane(journey_id, position);
CREATE INDEX lane_cell_by_touchpoint ON lane_cell(touchpoint_id);
CREATE INDEX pain_point_by_stage ON pain_point(stage_id, position);
CREATE INDEX pain_point_by_touchpoint ON pain_point(touchpoint_id);
CREATE INDEX opportunity_by_stage ON opportunity(stage_id, position);
CREATE INDEX opportunity_by_touchpoint ON opportunity(touchpoint_id);
CREATE INDEX insight_by_stage ON insight(stage_id, position);
CREATE INDEX insight_by_touchpoint ON insight(touchpoint_id);
CREATE INDEX journey_persona_by_persona ON journey_persona(persona_id);
CREATE INDEX touchpoint_image_by_image ON touchpoint_image(image_id);
CREATE INDEX opportunity_pain_point_by_pain ON opportunity_pain_point(pain_point_id);
CREATE INDEX opportunity_touchpoint_by_tp ON opportunity_touchpoint(touchpoint_id);
CREATE INDEX insight_touchpoint_by_tp ON insight_touchpoint(touchpoint_id);
CREATE INDEX insight_pain_point_by_pain ON insight_pain_point(pain_point_id);
CREATE INDEX persona_photo ON persona(photo_id);
CREATE INDEX journey_as_is ON journey(as_is_journey_id);
CREATE INDEX measurement_by_metric_scope ON measurement(metric_id, scope_kind, scope_id);
CREATE INDEX survey_import_by_mapping ON survey_import(mapping_id);
CREATE INDEX survey_response_by_persona ON survey_response(persona_id);
CREATE INDEX survey_comment_by_touchpoint ON survey_comment(touchpoint_id);
CREATE INDEX survey_histogram_by_import ON survey_histogram(import_id);
CREATE INDEX survey_pair_sums_by_import ON survey_pair_sums(import_id);
