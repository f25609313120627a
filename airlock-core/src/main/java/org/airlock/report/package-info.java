/** Report writers (text, JSON, SARIF, CSV) and evidence masking. */
package org.airlock.report;
