/**
 * Several Tenaga instances on one PostgreSQL database, joined in Payara's data grid: entity caches
 * kept coherent, start-up work done by one instance at a time.
 */
package org.tenaga.platform.cluster;
