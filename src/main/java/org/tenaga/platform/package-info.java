/**
 * What every feature stands on: the data source and its migrations, start-up (catalogue, reference
 * and demo data, first admin), readiness, the REST application with its uniform errors, the HTTP
 * security headers, and the interface languages: problems told as message keys, and dates and
 * numbers written as each language writes them.
 */
package org.tenaga.platform;
