/**
 * A bounded load test for the explore server: concurrent HTTP clients on loopback for a fixed time, with the
 * requests, errors, throughput and latency percentiles per route ({@code caravan load}). A benchmark, never a timed
 * test.
 */
package org.caravan.explore.load;
