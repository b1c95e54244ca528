/** The JavaFX workstation: views built in code and the view-models they show. */
package io.verifact.ui;
