package org.caravan.store;

/**
 * What the store knows of a document before processing it again: enough to decide whether to skip it.
 *
 * @param contentHash the hash of the raw input it was made from ({@link ContentHash})
 * @param pipeline    the signature of the pipeline that processed it
 */
public record DocumentState(String contentHash, String pipeline, Status status) {

    /** Whether this stored document is finished work for the given input and pipeline. */
    public boolean finishedFor(String hash, String pipelineSignature) {
        return status == Status.DONE && contentHash.equals(hash) && pipeline.equals(pipelineSignature);
    }
}
