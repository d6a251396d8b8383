/**
 * What every feature stands on: the data source and its migrations, start-up (catalogue, reference
 * and demo data, first admin), readiness, the REST application with its uniform errors, and the
 * HTTP security headers.
 */
package org.tenaga.platform;
