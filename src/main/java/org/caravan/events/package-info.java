/**
 * Event coding: the CAMEO {@link org.caravan.events.Codebook}, trigger {@link org.caravan.events.Lexicon}s,
 * and the {@link org.caravan.events.EventStage} that finds who did what to whom, where and when, with
 * modality (negation, future, conditionals, wishes), dates and in-document merging.
 * {@link org.caravan.events.EventCoder} also returns the reasons behind each decision, for {@code caravan explain}.
 */
package org.caravan.events;
