/**
 * The firm's shared PostgreSQL database: what a workstation sends from its outbox, what it pulls from
 * the others, the wake-up when another workstation changed something, and the claims that keep two
 * operators off the same invoice.
 */
package io.verifact.sync;
