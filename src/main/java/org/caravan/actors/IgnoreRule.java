package org.caravan.actors;

/** A phrase listed to name no actor although a shorter part would ("West Africa", "Europe de l'Est"). */
final class IgnoreRule implements Rule {

    private final Resolution r;

    IgnoreRule(Resolution r) {
        this.r = r;
    }

    @Override
    public boolean apply(int k) {
        return r.lex.get(k).isFunction("ignore");
    }
}
