/** The coordinator's pages for trainers and venues: directories with search, and edit forms. */
package org.tenaga.people.web;
