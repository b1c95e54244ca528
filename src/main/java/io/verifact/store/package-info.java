/** The local SQLite store: documents and their originals, pages read, recognitions and the audit trail. */
package io.verifact.store;
