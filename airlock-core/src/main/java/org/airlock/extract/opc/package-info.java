/** What Office Open XML documents share beyond their content: document properties and embedded documents. */
package org.airlock.extract.opc;
