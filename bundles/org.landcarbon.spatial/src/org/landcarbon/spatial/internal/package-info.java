/** Implementation: TIFF structure, decoding, rasterisation. */
package org.landcarbon.spatial.internal;
