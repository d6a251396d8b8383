-- Cohort codes made by the application: C<year>-<country>-<number>.
CREATE SEQUENCE cohort_code_seq START WITH 1000 INCREMENT BY 1;
