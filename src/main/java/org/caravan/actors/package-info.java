/**
 * Actors: the knowledge base of states, organisations, office-holders, seats of power and places
 * ({@link org.caravan.actors.KnowledgeBase}, loaded once from the TSV files under {@code resources/actors/} and
 * a user's folder) and the {@link org.caravan.actors.ActorStage} that resolves every mention of a document to it.
 * The data format is described in {@code docs/actors.md}.
 */
package org.caravan.actors;
