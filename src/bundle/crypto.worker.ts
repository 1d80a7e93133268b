// Web Worker entry: runs bundle crypto (scrypt blocks its thread) away from the UI thread.
import { handleRequest, type WorkerRequest, type WorkerResponse } from './worker-protocol';

/** The parts of the worker global scope this entry uses. */
interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (e) => {
  void handleRequest(e.data, (message, transfer) => scope.postMessage(message, transfer ?? []));
};
