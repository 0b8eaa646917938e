/** The stage interface and the pipeline that composes stages and checks their layer requirements. */
package org.caravan.pipeline;
