/** Classes that break the layering on purpose, so ArchitectureTest can show its rules catch it. */
package io.verifact.archfixture;
