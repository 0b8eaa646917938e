/**
 * Implementation of the NLP layers (CoreNLP glue, rule tokenizer, dictionary lemmatizer, tag
 * mappings and their data files). Not an API: callers use {@code org.caravan.nlp}.
 */
package org.caravan.nlp.internal;
