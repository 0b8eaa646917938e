package org.caravan.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.caravan.cli.PipelineConfig;
import org.caravan.cli.PipelineFactory;
import org.caravan.ingest.Ingestor;
import org.caravan.pipeline.Pipeline;
import org.caravan.run.Analysis;

/**
 * The pipeline of this JVM: built the first time a task of this executor asks for it (models and knowledge loaded
 * then, once), and shared by every task and partition the executor runs after. The standard pipeline is
 * thread-safe, so the executor's task threads share one; were a stage not, each task thread would get its own (the
 * heavy resources are shared by the stages themselves, as in {@code analyze}).
 */
final class ExecutorPipeline {

    private static final AtomicInteger BUILT = new AtomicInteger();

    private ExecutorPipeline() {
    }

    /** Built on first use: class initialisation is lazy, and the JVM runs it once even under concurrent tasks. */
    private static final class Holder {
        static final Pipeline FIRST = build();
        static final String SIGNATURE = Analysis.signature(FIRST);
        static final Ingestor INGESTOR = new Ingestor();
        static final ThreadLocal<Pipeline> PER_THREAD = ThreadLocal.withInitial(ExecutorPipeline::build);
    }

    private static Pipeline build() {
        BUILT.incrementAndGet();
        return PipelineFactory.standard(PipelineConfig.defaults());
    }

    /** The pipeline for the calling task thread. */
    static Pipeline pipeline() {
        return Holder.FIRST.threadSafe() ? Holder.FIRST : Holder.PER_THREAD.get();
    }

    /** The pipeline's signature, stored with each document as {@code analyze} does. */
    static String signature() {
        return Holder.SIGNATURE;
    }

    static Ingestor ingestor() {
        return Holder.INGESTOR;
    }

    /** How many pipelines this JVM has built. */
    static int built() {
        return BUILT.get();
    }
}
