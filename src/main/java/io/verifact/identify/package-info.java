/** Supplier and client-file identification against the registers, with the reason for every decision. */
package io.verifact.identify;
