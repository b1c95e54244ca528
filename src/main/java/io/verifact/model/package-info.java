/** Plain values shared by every layer: documents, pages, words, fields, suppliers, statuses. */
package io.verifact.model;
