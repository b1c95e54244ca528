/** The page viewer: one scanned page with its recognized fields drawn over it, and the strip of page thumbnails. */
package io.verifact.ui.viewer;
