package org.caravan.actors;

/**
 * One rule of the resolution chain (see {@link Resolver}): it looks at one lexeme of the document and either
 * resolves it (adding its mentions to the {@link Resolution}) or deliberately leaves it, returning true so that no
 * later rule reads it, or returns false to hand it on. Each rule handles one kind of mention.
 */
interface Rule {

    /** Whether this rule took lexeme {@code k} (resolved, or left unresolved on purpose). */
    boolean apply(int k);
}
