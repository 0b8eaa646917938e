/** The shared test kit: an in-process CLI runner (more helpers join as features need them). */
package org.caravan.testkit;
