package org.caravan.events;

import java.util.List;

/**
 * The arguments found for a trigger: sources and targets (several when coordinated), and how each was
 * found ("nsubj", "window subj", "pp:avec", "discourse"...), for explanations and confidence.
 */
record Arguments(List<Candidate> sources, List<Candidate> targets, String sourceHow, String targetHow,
                 boolean passive) {

    Arguments {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    Arguments withSources(List<Candidate> s, String how) {
        return new Arguments(s, targets, how, targetHow, passive);
    }

    Arguments withTargets(List<Candidate> t, String how) {
        return new Arguments(sources, t, sourceHow, how, passive);
    }
}
