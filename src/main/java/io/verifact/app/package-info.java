/** The composition root: main(), the command line, settings and wiring; no logic of its own. */
package io.verifact.app;
