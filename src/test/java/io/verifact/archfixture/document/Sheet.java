package io.verifact.archfixture.document;

/** A document-layer class for the model fixture to reach up to. */
public record Sheet(int number) {
}
