/**
 * People and places: countries and provinces, learners with their demographics and consent,
 * trainers with their qualifications, and venues.
 */
package org.tenaga.people;
