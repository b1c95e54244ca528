/** Opening PDFs and images safely: pages, their text layer with boxes, rendering, limits on hostile input. */
package io.verifact.document;
