/**
 * The course catalogue: skills, courses loaded from the Markdown files under {@code courses/},
 * their sanitised descriptions, and the public catalogue pages and API.
 */
package org.tenaga.catalog;
