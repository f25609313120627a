/** Data files (JSON, XML): records become tables, every other value is read as located text. */
package org.airlock.extract.data;
