package org.caravan.spark;

import java.io.Serializable;

/** What per-document extraction yields for one input item: a document with its events, or a failure. */
sealed interface Extracted extends Serializable permits ExtractedDocument, Failure {
}
