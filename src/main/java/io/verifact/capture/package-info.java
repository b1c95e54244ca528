/** Where documents come from: files, watched folder, mailbox, structured e-invoices, and the demo invoices of a first start. */
package io.verifact.capture;
