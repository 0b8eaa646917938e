/** The shared test kit: an in-process CLI runner and the span-consistency check of random-input tests (more helpers join as features need them). */
package org.caravan.testkit;
