/** The use cases: ingest, recognize, correct, validate, teach mask, export, and the work queue. */
package io.verifact.workflow;
