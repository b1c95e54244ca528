package io.verifact.capture;

/**
 * Which page of a document is being drawn.
 *
 * @param page from 1
 * @param pages how many the document has, a terms page included
 * @param totals whether this page carries the invoice's totals, its last page of lines
 */
record PageNumber(int page, int pages, boolean totals) {
}
