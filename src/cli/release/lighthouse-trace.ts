/**
 * Lighthouse's Trace gatherer with Chromium 156's renamed trace args put back (restoreFrameReporterArgs),
 * so every gatherer and audit that reads the trace runs clean. Plugged in by id through the config.
 */
import type * as LH from 'lighthouse';
import defaultConfig from 'lighthouse/core/config/default-config.js';
import Trace from 'lighthouse/core/gather/gatherers/trace.js';
import { restoreFrameReporterArgs, type TraceEventLike } from './lighthouse';

/** PipelineReporter events fixed over the whole run (for the report). */
export const fixedEvents = { count: 0 };

/** The default Trace gatherer; its artifact has the frame-reporter args under both names. */
export class FixedTrace extends Trace {
  override getArtifact(): ReturnType<Trace['getArtifact']> {
    const trace = super.getArtifact();
    if (trace?.traceEvents) fixedEvents.count += restoreFrameReporterArgs(trace.traceEvents as unknown as TraceEventLike[]);
    return trace;
  }
}

/**
 * A Lighthouse config: the default one with its Trace artifact given the fixed gatherer. Built by
 * hand rather than with `extends`, whose merge cannot put an implementation over a gatherer name.
 */
export const fixedTraceConfig: LH.Config = {
  ...defaultConfig,
  artifacts: (defaultConfig.artifacts ?? []).map((a) => (a.id === 'Trace' ? { id: 'Trace', gatherer: { implementation: FixedTrace } } : a)),
};
