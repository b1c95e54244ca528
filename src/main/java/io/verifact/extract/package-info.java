/** Field extraction without templates: lines and labels, value patterns, checksums and totals arithmetic; candidates with confidence. */
package io.verifact.extract;
