/**
 * Archives and compressed files (zip, tar, 7z, gzip, bzip2, xz): every member at any depth
 * inspected as a file of its own, under limits on members, expanded bytes, ratio and depth that
 * count the whole nested tree.
 */
package org.airlock.extract.archive;
