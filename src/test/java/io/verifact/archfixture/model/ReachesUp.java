package io.verifact.archfixture.model;

import io.verifact.archfixture.document.Sheet;

/** A model class that imports from document: what the layering forbids. */
public record ReachesUp(Sheet sheet) {
}
