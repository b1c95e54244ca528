package io.verifact.archfixture.check;

import javafx.beans.property.SimpleStringProperty;

/** A check class that uses JavaFX: what the layering forbids. */
public final class KnowsJavaFx {

    private final SimpleStringProperty value = new SimpleStringProperty();

    public String value() {
        return value.get();
    }
}
