/**
 * Monitoring of the live site: monitored sites configured over the API and crawled on a schedule
 * with the core crawler, alerts for each new exposure (webhook, e-mail, syslog/CEF), and the
 * takedown of exposed files that were published through the connector.
 */
package org.airlock.server.monitor;
