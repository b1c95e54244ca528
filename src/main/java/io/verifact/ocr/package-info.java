/** Reading words off pages: the PDF text layer, Tesseract, Textract; one face, words with boxes and confidence. */
package io.verifact.ocr;
