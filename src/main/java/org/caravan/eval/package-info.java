/** Shared pieces of the {@code caravan eval} commands: running the public benchmarks' own scorers. */
package org.caravan.eval;
