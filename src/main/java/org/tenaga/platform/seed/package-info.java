/**
 * Loading {@code seed-data/}: reference data (countries, provinces, skills, organisations,
 * commitments) on every installation, and the demo programme when {@code TENAGA_SEED=demo}.
 */
package org.tenaga.platform.seed;
