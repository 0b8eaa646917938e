/**
 * Linguistic layers: sentences, tokens with lemma and Universal POS tag, named entities and
 * Universal Dependencies parses. {@link org.caravan.nlp.NlpStage} annotates each document once;
 * {@link org.caravan.nlp.ParseStage} parses only the sentences later stages need. The library sits
 * behind {@link org.caravan.nlp.NlpLibrary} ({@link org.caravan.nlp.CoreNlpLibrary} today) so that
 * it can be swapped. See {@code docs/nlp.md}.
 */
package org.caravan.nlp;
