/** Mail files (eml through Angus Mail, msg through POI HSMF): headers, bodies, attachments as embedded files. */
package org.airlock.extract.mail;
