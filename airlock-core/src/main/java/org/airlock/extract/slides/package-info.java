/**
 * Slide decks (pptx, ppt): slide text, tables on slides as tables, and the places a deck hides
 * content (speaker notes, hidden slides, shapes placed off the slide, comments, alt text, embedded
 * workbooks).
 */
package org.airlock.extract.slides;
