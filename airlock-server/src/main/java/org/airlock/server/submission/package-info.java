/** Submissions: receiving uploads (encrypted at rest), background inspection through the core's Inspector, the submission states and their API. */
package org.airlock.server.submission;
