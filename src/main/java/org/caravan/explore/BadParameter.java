package org.caravan.explore;

/** A request parameter that cannot be used: names the parameter and says what is wrong (HTTP 400). */
public final class BadParameter extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    public BadParameter(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
