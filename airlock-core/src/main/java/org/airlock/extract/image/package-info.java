/** Images: metadata only (EXIF, GPS, XMP, IPTC, comments); no OCR of the pixels. */
package org.airlock.extract.image;
